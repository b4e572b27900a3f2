package nl.casustafel.ui.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.casustafel.domain.household.Gender;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.domain.household.Relation;
import nl.casustafel.domain.household.RelationType;
import nl.casustafel.ui.household.genogram.GenogramLayout.Person;
import nl.casustafel.ui.household.genogram.GenogramLayout;
import org.junit.jupiter.api.Test;

class GenogramLayoutTest {
    private static final Person MOTHER = new Person(1, "Sanne de Vries", Gender.FEMALE, PersonRole.VICTIM,
            LocalDate.of(1990, 1, 1));
    private static final Person FATHER = new Person(2, "Mark Jansen", Gender.MALE, PersonRole.SUSPECT,
            LocalDate.of(1988, 1, 1));
    private static final Person NEW_PARTNER = new Person(3, "Alex Bakker", Gender.OTHER, PersonRole.PARTNER, null);
    private static final Person OLDER = new Person(4, "Noor Jansen", Gender.FEMALE, PersonRole.CHILD,
            LocalDate.of(2015, 5, 1));
    private static final Person YOUNGER = new Person(5, "Daan Jansen", Gender.MALE, PersonRole.CHILD,
            LocalDate.of(2019, 5, 1));

    private static final List<Relation> RELATIONS = List.of(
            new Relation(10, 1, 2, RelationType.EX_PARTNER),
            new Relation(11, 1, 3, RelationType.PARTNER),
            new Relation(12, 1, 4, RelationType.PARENT_CHILD),
            new Relation(13, 2, 4, RelationType.PARENT_CHILD),
            new Relation(14, 1, 5, RelationType.PARENT_CHILD),
            new Relation(15, 2, 5, RelationType.PARENT_CHILD),
            new Relation(16, 4, 5, RelationType.SIBLING));

    @Test
    void adultsStandAboveChildrenAndTheOlderChildComesFirst() {
        GenogramLayout layout = GenogramLayout.layout(List.of(YOUNGER, OLDER, NEW_PARTNER, FATHER, MOTHER), RELATIONS);

        for (long adult : new long[] {1, 2, 3}) {
            for (long child : new long[] {4, 5}) {
                assertThat(layout.node(adult).y()).isLessThan(layout.node(child).y());
            }
        }
        assertThat(layout.node(4).x()).isLessThan(layout.node(5).x());
        assertThat(layout.node(1).row()).isZero();
        assertThat(layout.node(5).row()).isEqualTo(1);
    }

    @Test
    void everyRelationGetsExactlyOneLineOfItsType() {
        GenogramLayout layout = GenogramLayout.layout(List.of(MOTHER, FATHER, NEW_PARTNER, OLDER, YOUNGER), RELATIONS);

        assertThat(layout.lines()).hasSize(7);
        assertThat(layout.lines()).filteredOn(l -> l.type() == RelationType.PARTNER).hasSize(1);
        assertThat(layout.lines()).filteredOn(l -> l.type() == RelationType.EX_PARTNER).hasSize(1);
        assertThat(layout.lines()).filteredOn(l -> l.type() == RelationType.PARENT_CHILD).hasSize(4);
        assertThat(layout.lines()).filteredOn(l -> l.type() == RelationType.SIBLING).hasSize(1);
    }

    @Test
    void partnersStandNextToEachOtherAndShapesFollowGender() {
        GenogramLayout layout = GenogramLayout.layout(List.of(MOTHER, FATHER, NEW_PARTNER, OLDER, YOUNGER), RELATIONS);

        double spacing = GenogramLayout.SPACING;
        assertThat(Math.abs(layout.node(1).x() - layout.node(2).x())).isEqualTo(spacing);
        assertThat(Math.abs(layout.node(1).x() - layout.node(3).x())).isEqualTo(spacing);
        assertThat(layout.node(1).shape()).isEqualTo(GenogramLayout.Shape.CIRCLE);
        assertThat(layout.node(2).shape()).isEqualTo(GenogramLayout.Shape.SQUARE);
        assertThat(layout.node(3).shape()).isEqualTo(GenogramLayout.Shape.DIAMOND);
    }

    @Test
    void layoutIsTheSameWhateverTheInputOrder() {
        GenogramLayout a = GenogramLayout.layout(List.of(MOTHER, FATHER, NEW_PARTNER, OLDER, YOUNGER), RELATIONS);
        GenogramLayout b = GenogramLayout.layout(List.of(YOUNGER, NEW_PARTNER, OLDER, MOTHER, FATHER), RELATIONS);

        for (long id = 1; id <= 5; id++) {
            assertThat(a.node(id).x()).isEqualTo(b.node(id).x());
            assertThat(a.node(id).y()).isEqualTo(b.node(id).y());
        }
    }

    @Test
    void aHouseholdWithoutRelationsStillShowsEveryone() {
        GenogramLayout layout = GenogramLayout.layout(List.of(MOTHER, OLDER), List.of());

        assertThat(layout.nodes()).hasSize(2);
        assertThat(layout.lines()).isEmpty();
        assertThat(layout.node(1).y()).isLessThan(layout.node(4).y());
    }
}
