package nl.casustafel.ui.household.genogram;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.casustafel.domain.household.Gender;
import nl.casustafel.domain.household.PersonRole;
import nl.casustafel.domain.household.Relation;
import nl.casustafel.domain.household.RelationType;

/**
 * A deterministic genogram layout: adults on the top row (partners next to each other), children on the
 * row below (under their parents, oldest first); one line per relation. Pure: no JavaFX.
 */
public final class GenogramLayout {
    public static final double SPACING = 170;
    public static final double SIZE = 36;
    public static final double TOP_ROW_Y = 44;
    public static final double ROW_GAP = 160;
    public static final double LABEL_HEIGHT = 58;

    public enum Shape { SQUARE, CIRCLE, DIAMOND }

    /** Input: one person in the household. */
    public record Person(long personId, String name, Gender gender, PersonRole role, LocalDate dateOfBirth) {
    }

    /** A placed symbol; (x, y) is its centre; row 0 = adults, 1 = children. */
    public record Node(long personId, double x, double y, int row, Shape shape, String name, PersonRole role) {
    }

    /** A polyline for one relation: x0, y0, x1, y1, ... */
    public record Line(long relationId, RelationType type, List<Double> points) {
        public double midX() {
            int n = points.size() / 2;
            return n % 2 == 0 ? (points.get(n - 2) + points.get(n)) / 2 : points.get(n - 1);
        }

        public double midY() {
            int n = points.size() / 2;
            return n % 2 == 0 ? (points.get(n - 1) + points.get(n + 1)) / 2 : points.get(n);
        }
    }

    private final List<Node> nodes;
    private final List<Line> lines;
    private final double width;
    private final double height;

    private GenogramLayout(List<Node> nodes, List<Line> lines, double width, double height) {
        this.nodes = List.copyOf(nodes);
        this.lines = List.copyOf(lines);
        this.width = width;
        this.height = height;
    }

    public static GenogramLayout layout(List<Person> persons, List<Relation> relations) {
        Map<Long, Person> byId = new LinkedHashMap<>();
        persons.forEach(p -> byId.put(p.personId(), p));
        List<Relation> known = relations.stream()
                .filter(r -> byId.containsKey(r.personAId()) && byId.containsKey(r.personBId())).toList();

        Set<Long> childIds = new HashSet<>();
        for (Person p : persons) {
            if (p.role() == PersonRole.CHILD) {
                childIds.add(p.personId());
            }
        }
        for (Relation r : known) {
            if (r.type() == RelationType.PARENT_CHILD) {
                childIds.add(r.personBId());
            }
        }
        // A parent is never drawn on the children's row (a grandparent - parent - child chain stays readable).
        for (Relation r : known) {
            if (r.type() == RelationType.PARENT_CHILD && childIds.contains(r.personAId())
                    && byId.get(r.personAId()).role() != PersonRole.CHILD) {
                childIds.remove(r.personAId());
            }
        }
        Comparator<Person> byRoleAndName = Comparator.comparing((Person p) -> p.role().ordinal())
                .thenComparing(Person::name).thenComparingLong(Person::personId);
        List<Person> adultsSorted = persons.stream().filter(p -> !childIds.contains(p.personId()))
                .sorted(byRoleAndName).toList();
        if (adultsSorted.isEmpty()) {
            childIds.clear();
            adultsSorted = persons.stream().sorted(byRoleAndName).toList();
        }

        // Adults: each followed by their (ex-)partners, so that couples stand side by side.
        List<Person> adults = new ArrayList<>();
        Set<Long> placed = new HashSet<>();
        for (Person p : adultsSorted) {
            placeWithPartners(p, adultsSorted, known, adults, placed);
        }
        Map<Long, Integer> adultIndex = new HashMap<>();
        for (int i = 0; i < adults.size(); i++) {
            adultIndex.put(adults.get(i).personId(), i);
        }

        // Children: under the middle of their parents, then oldest first.
        Map<Long, Double> parentPosition = new HashMap<>();
        for (long childId : childIds) {
            double sum = 0;
            int n = 0;
            for (Relation r : known) {
                if (r.type() == RelationType.PARENT_CHILD && r.personBId() == childId
                        && adultIndex.containsKey(r.personAId())) {
                    sum += adultIndex.get(r.personAId());
                    n++;
                }
            }
            parentPosition.put(childId, n == 0 ? Double.MAX_VALUE : sum / n);
        }
        List<Person> children = persons.stream().filter(p -> childIds.contains(p.personId()))
                .sorted(Comparator.comparing((Person p) -> parentPosition.get(p.personId()))
                        .thenComparing(Person::dateOfBirth, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Person::name).thenComparingLong(Person::personId))
                .toList();

        int columns = Math.max(1, Math.max(adults.size(), children.size()));
        double width = columns * SPACING;
        List<Node> nodes = new ArrayList<>();
        Map<Long, Node> nodeById = new HashMap<>();
        placeRow(adults, 0, width, nodes, nodeById);
        placeRow(children, 1, width, nodes, nodeById);
        double height = TOP_ROW_Y + (children.isEmpty() ? 0 : ROW_GAP) + SIZE / 2 + LABEL_HEIGHT;

        List<Line> lines = new ArrayList<>();
        int arch = 0;
        for (Relation r : known) {
            Node a = nodeById.get(r.personAId());
            Node b = nodeById.get(r.personBId());
            lines.add(switch (r.type()) {
                case PARTNER, EX_PARTNER -> couple(r, a, b, arch++);
                case PARENT_CHILD -> parentChild(r, a, b, known, nodeById);
                case SIBLING -> sibling(r, a, b, arch++);
                case OTHER -> new Line(r.id(), r.type(), List.of(a.x(), a.y(), b.x(), b.y()));
            });
        }
        return new GenogramLayout(nodes, lines, width, height);
    }

    private static void placeWithPartners(Person p, List<Person> adults, List<Relation> relations, List<Person> out,
                                          Set<Long> placed) {
        if (!placed.add(p.personId())) {
            return;
        }
        List<Person> partners = adults.stream().filter(other -> !placed.contains(other.personId())
                && relations.stream().anyMatch(r -> isCouple(r) && r.involves(p.personId())
                && r.involves(other.personId()))).toList();
        int next = 0;
        if (partners.size() >= 2) {
            // Two partners (an ex and a current one): one on each side.
            placed.add(partners.get(0).personId());
            out.add(partners.get(0));
            next = 1;
        }
        out.add(p);
        for (int k = next; k < partners.size(); k++) {
            placeWithPartners(partners.get(k), adults, relations, out, placed);
        }
    }

    private static boolean isCouple(Relation r) {
        return r.type() == RelationType.PARTNER || r.type() == RelationType.EX_PARTNER;
    }

    private static void placeRow(List<Person> row, int rowIndex, double width, List<Node> nodes,
                                 Map<Long, Node> nodeById) {
        double offset = (width - row.size() * SPACING) / 2;
        double y = TOP_ROW_Y + rowIndex * ROW_GAP;
        for (int i = 0; i < row.size(); i++) {
            Person p = row.get(i);
            Node node = new Node(p.personId(), offset + SPACING * (i + 0.5), y, rowIndex, shape(p.gender()), p.name(),
                    p.role());
            nodes.add(node);
            nodeById.put(p.personId(), node);
        }
    }

    static Shape shape(Gender gender) {
        if (gender == Gender.MALE) {
            return Shape.SQUARE;
        }
        return gender == Gender.FEMALE ? Shape.CIRCLE : Shape.DIAMOND;
    }

    /** Side by side: a straight line between the symbols; otherwise an arch over the row. */
    private static Line couple(Relation r, Node a, Node b, int arch) {
        Node left = a.x() <= b.x() ? a : b;
        Node right = left == a ? b : a;
        double half = SIZE / 2;
        if (left.row() == right.row() && Math.abs(right.x() - left.x() - SPACING) < 1) {
            return new Line(r.id(), r.type(), List.of(left.x() + half, left.y(), right.x() - half, right.y()));
        }
        double top = Math.min(left.y(), right.y()) - half - 12 - 6 * (arch % 3);
        return new Line(r.id(), r.type(), List.of(left.x(), left.y() - half, left.x(), top, right.x(), top,
                right.x(), right.y() - half));
    }

    /** From the parents' couple line (or the parent) down to a bar above the children, then to the child. */
    private static Line parentChild(Relation r, Node parent, Node child, List<Relation> relations,
                                    Map<Long, Node> nodeById) {
        double half = SIZE / 2;
        if (parent.row() == child.row()) {
            return new Line(r.id(), r.type(), List.of(parent.x(), parent.y() + half, child.x(), child.y() - half));
        }
        double fromX = parent.x();
        double fromY = parent.y() + half;
        // A co-parent standing next to this parent: start from the middle of their couple line.
        for (Relation other : relations) {
            if (other.type() == RelationType.PARENT_CHILD && other.personBId() == child.personId()
                    && other.personAId() != parent.personId()) {
                Node coParent = nodeById.get(other.personAId());
                boolean couple = relations.stream().anyMatch(c -> isCouple(c) && c.involves(parent.personId())
                        && c.involves(coParent.personId()));
                if (couple && coParent.row() == parent.row()
                        && Math.abs(Math.abs(coParent.x() - parent.x()) - SPACING) < 1) {
                    fromX = (parent.x() + coParent.x()) / 2;
                    fromY = parent.y();
                }
                break;
            }
        }
        double barY = child.y() - half - 26;
        return new Line(r.id(), r.type(), List.of(fromX, fromY, fromX, barY, child.x(), barY, child.x(),
                child.y() - half));
    }

    private static Line sibling(Relation r, Node a, Node b, int arch) {
        double half = SIZE / 2;
        if (a.row() != b.row()) {
            return new Line(r.id(), r.type(), List.of(a.x(), a.y(), b.x(), b.y()));
        }
        double y = a.y() + half + LABEL_HEIGHT - 4 + 4 * (arch % 3);
        return new Line(r.id(), r.type(), List.of(a.x(), a.y() + half + LABEL_HEIGHT - 8, a.x(), y, b.x(), y,
                b.x(), b.y() + half + LABEL_HEIGHT - 8));
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Line> lines() {
        return lines;
    }

    public Node node(long personId) {
        return nodes.stream().filter(n -> n.personId() == personId).findFirst().orElseThrow();
    }

    public double width() {
        return width;
    }

    public double height() {
        return height + (lines.stream().anyMatch(l -> l.type() == RelationType.SIBLING) ? 14 : 0);
    }
}
