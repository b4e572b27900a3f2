package nl.casustafel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import nl.casustafel.app.AppContext;
import nl.casustafel.domain.security.Role;
import nl.casustafel.service.conference.ConferenceService;
import nl.casustafel.service.demo.DemoService;
import nl.casustafel.service.household.HouseholdService;
import nl.casustafel.service.measure.MeasureService;
import nl.casustafel.service.minutes.MinutesService;
import nl.casustafel.service.partner.PartnerService;

/**
 * For tests of what the use cases do (not of who may do them; that is AuthorisationMatrixTest): each service as
 * the role whose work it is, on an in-memory store. Every call signs in with that role (a trusted sign-in, the
 * store has no key slots), runs through the real checks and audit, and signs the previous role back in.
 */
public final class TestRoles {
    private TestRoles() {
    }

    public static HouseholdService households(AppContext ctx) {
        return as(ctx, Role.SPECIALIST, ctx.households(), HouseholdService.class);
    }

    public static ConferenceService conferences(AppContext ctx) {
        return as(ctx, Role.CHAIR, ctx.conferences(), ConferenceService.class);
    }

    public static MeasureService measures(AppContext ctx) {
        return as(ctx, Role.CHAIR, ctx.measures(), MeasureService.class);
    }

    public static MinutesService minutes(AppContext ctx) {
        return as(ctx, Role.CHAIR, ctx.minutes(), MinutesService.class);
    }

    public static DemoService demo(AppContext ctx) {
        return as(ctx, Role.ADMINISTRATOR, ctx.demo(), DemoService.class);
    }

    public static PartnerService partners(AppContext ctx) {
        return as(ctx, Role.ADMINISTRATOR, ctx.partners(), PartnerService.class);
    }

    /** The service, called as {@code role}. */
    public static <T> T as(AppContext ctx, Role role, T service, Class<T> type) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            Role before = ctx.security().session().map(s -> s.role()).orElse(null);
            if (before != role) {
                ctx.signInTrusted(role);
            }
            try {
                return method.invoke(service, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            } finally {
                if (before != null && before != role) {
                    ctx.signInTrusted(before);
                }
            }
        });
        return type.cast(proxy);
    }
}
