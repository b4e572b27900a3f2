package nl.casustafel.ui.measure;

import static nl.casustafel.ui.measure.MeasureTestStore.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.casustafel.TestClocks;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.domain.measure.Measure;
import nl.casustafel.domain.measure.MeasureCategory;
import nl.casustafel.domain.measure.MeasureDraft;
import nl.casustafel.domain.measure.MeasureStatus;
import nl.casustafel.domain.measure.MeasureType;
import nl.casustafel.service.household.Member;
import nl.casustafel.service.measure.MeasureRow;
import nl.casustafel.ui.common.I18n;
import nl.casustafel.ui.common.SynchronousUiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MeasureEditorViewModelTest {
    private final MeasureTestStore store = new MeasureTestStore();
    private final I18n i18n = new I18n(I18n.DUTCH);
    private long household;
    private long politie;
    private long mark;

    @BeforeEach
    void open() {
        household = store.household("Gezin Jansen");
        politie = store.partner("POLITIE");
        mark = store.member(household, "Mark", "Jansen", PersonRole.SUSPECT);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<Member> members() {
        return store.app.households().open(household).members();
    }

    private MeasureEditorViewModel create() {
        return MeasureEditorViewModel.forCreate(store.app.measures(), store.app.partners(), i18n,
                new SynchronousUiExecutor(), TestClocks.fixed(), household, null, members(), TODAY);
    }

    private MeasureRow row(long id) {
        return store.app.measures().forHousehold(household).stream().filter(r -> r.measure().id() == id)
                .findFirst().orElseThrow();
    }

    private void choosePolitie(MeasureEditorViewModel vm) {
        vm.ownerProperty().set(vm.owners().stream().filter(p -> p.id() == politie).findFirst().orElseThrow());
    }

    @Test
    void aTemporaryRestrainingOrderIsProposedToEndTenDaysAfterItsStart() {
        MeasureEditorViewModel vm = create();
        assertThat(vm.startProperty().get()).isEqualTo("24-11-2026");

        vm.typeProperty().set(MeasureType.TEMPORARY_RESTRAINING_ORDER);

        // Choosing the type first files it under its category.
        assertThat(vm.categoryProperty().get()).isEqualTo(MeasureCategory.ADMINISTRATIVE);
        assertThat(vm.proposedDeadlineProperty().get()).isEqualTo("04-12-2026");
        assertThat(vm.deadlineHintProperty().get())
                .isEqualTo("Standaard 10 dagen: 04-12-2026 \u00b7 verlengbaar; uiterlijk 22-12-2026");
        assertThat(vm.deadlineProperty().get()).isEmpty();

        vm.startProperty().set("01-12-2026");
        assertThat(vm.proposedDeadlineProperty().get()).isEqualTo("11-12-2026");
    }

    @Test
    void anOtsIsProposedToEndAYearAfterItsStartAndTheCategoryFiltersTheTypes() {
        MeasureEditorViewModel vm = create();
        vm.categoryProperty().set(MeasureCategory.CHILD_PROTECTION);
        assertThat(vm.types()).contains(MeasureType.SUPERVISION_ORDER_OTS, MeasureType.OTHER)
                .doesNotContain(MeasureType.TEMPORARY_RESTRAINING_ORDER);

        vm.typeProperty().set(MeasureType.SUPERVISION_ORDER_OTS);
        assertThat(vm.proposedDeadlineProperty().get()).isEqualTo("24-11-2027");
        assertThat(vm.deadlineHintProperty().get()).startsWith("Standaard 1 jaar: 24-11-2027");

        // Another category drops a type that does not fit it.
        vm.categoryProperty().set(MeasureCategory.CARE);
        assertThat(vm.typeProperty().get()).isNull();
        assertThat(vm.proposedDeadlineProperty().get()).isEmpty();
    }

    @Test
    void aDeadlineBeforeTheStartAndAMissingOwnerAreNamedNextToTheirFieldsAndNothingIsSaved() {
        MeasureEditorViewModel vm = create();
        vm.typeProperty().set(MeasureType.TEMPORARY_RESTRAINING_ORDER);
        vm.deadlineProperty().set("20-11-2026");

        vm.save();

        assertThat(vm.getErrors()).containsEntry(MeasureDraft.OWNER,
                "Kies de netwerkpartner die eigenaar is van deze maatregel.");
        assertThat(vm.getErrors()).containsEntry(MeasureDraft.DEADLINE,
                "De einddatum ligt voor de startdatum (24-11-2026).");
        assertThat(vm.getErrors()).doesNotContainKeys(MeasureDraft.START, MeasureDraft.TYPE);
        assertThat(vm.getMessage()).isEqualTo("Controleer de gemarkeerde velden.");
        assertThat(vm.isSaved()).isFalse();
        assertThat(store.app.measures().forHousehold(household)).isEmpty();
    }

    @Test
    void savesANewMeasureWithTheDeadlineOfItsLegalClock() {
        MeasureEditorViewModel vm = create();
        vm.typeProperty().set(MeasureType.TEMPORARY_RESTRAINING_ORDER);
        choosePolitie(vm);
        vm.concernProperty().set(vm.concerns().stream().filter(c -> Long.valueOf(mark).equals(c.personId()))
                .findFirst().orElseThrow());
        vm.responsibleProperty().set("  A. Agent ");

        vm.save();

        assertThat(vm.getErrors()).isEmpty();
        assertThat(vm.isSaved()).isTrue();
        Measure saved = row(vm.savedId().orElseThrow()).measure();
        assertThat(saved.deadline()).isEqualTo(TODAY.plusDays(10));
        assertThat(saved.concernedPersonId()).isEqualTo(mark);
        assertThat(saved.ownerPartnerId()).isEqualTo(politie);
        assertThat(saved.responsiblePerson()).isEqualTo("A. Agent");
        assertThat(saved.status()).isEqualTo(MeasureStatus.OPEN);
        assertThat(vm.concerns().get(0).label()).isEqualTo("Het hele huishouden");
        assertThat(vm.concerns().get(1).label()).isEqualTo("Mark Jansen \u2013 (vermoedelijke) pleger");
    }

    @Test
    void aConflictKeepsTheInputSaysAColleagueChangedItAndTheNextSaveApplies() {
        long id = store.measure(household, MeasureType.SAFETY_PLAN, null, politie, TODAY, null);
        MeasureEditorViewModel vm = MeasureEditorViewModel.forEdit(store.app.measures(), store.app.partners(), i18n,
                new SynchronousUiExecutor(), TestClocks.fixed(), row(id), members());
        assertThat(vm.ownerProperty().get().id()).isEqualTo(politie);
        assertThat(vm.deadlineProperty().get()).isEqualTo("24-02-2027");

        // A colleague changes the measure after the dialog opened.
        Measure before = row(id).measure();
        store.app.measures().update(id, before.version(), new MeasureDraft(before.category(), before.type(), null,
                politie, "Collega", before.startDate(), before.deadline(), MeasureStatus.IN_PROGRESS, null));
        vm.responsibleProperty().set("Mijn invoer");

        vm.save();

        assertThat(vm.isSaved()).isFalse();
        assertThat(vm.getMessage()).startsWith("Een collega heeft deze maatregel intussen gewijzigd");
        assertThat(vm.responsibleProperty().get()).isEqualTo("Mijn invoer");
        assertThat(row(id).measure().responsiblePerson()).isEqualTo("Collega");

        vm.save();

        assertThat(vm.isSaved()).isTrue();
        assertThat(row(id).measure().responsiblePerson()).isEqualTo("Mijn invoer");
    }
}
