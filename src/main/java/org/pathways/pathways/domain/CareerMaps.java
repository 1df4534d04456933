package org.pathways.pathways.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.pathways.catalog.CareerRole;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.Endorsement;
import org.pathways.catalog.EndorsementRule;
import org.pathways.catalog.MicroCredential;
import org.pathways.people.EducatorProfile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The career map for one educator: roles laid out by tier with their readiness, the edges between
 * them, and the micro-credentials ranked by how far they move the educator toward the roles they aim for.
 */
@Service
public class CareerMaps {

    static final int COLUMN = 250;
    static final int NODE_WIDTH = 210;
    static final int NODE_HEIGHT = 46;
    static final int ROW = 58;
    static final int TOP = 40;
    static final int MAX_TITLE = 30;
    static final int RECOMMENDATIONS = 8;

    private final CatalogApi catalog;
    private final EarnedCredentials credentials;
    private final EndorsementAccess access;
    private final Aspirations aspirations;

    CareerMaps(CatalogApi catalog, EarnedCredentials credentials, EndorsementAccess access, Aspirations aspirations) {
        this.catalog = catalog;
        this.credentials = credentials;
        this.access = access;
        this.aspirations = aspirations;
    }

    /** A role on the map with its position and the educator's readiness for it. */
    public record Node(CareerRole role, int x, int y, String shortTitle, String readiness, boolean held,
                       boolean target, boolean ready) {

        public String cssClass() {
            return "map-node" + (held ? " map-node--held" : "") + (ready ? " map-node--ready" : "")
                    + (target ? " map-node--target" : "");
        }

        public int textX() {
            return x + 8;
        }
    }

    public record Edge(String path) {
    }

    public record Tier(String name, int labelX, List<Node> nodes) {
    }

    public record Recommendation(MicroCredential credential, List<String> goals) {
    }

    public record CareerMap(int width, int height, List<Tier> tiers, List<Edge> edges,
                            List<Recommendation> recommendations, List<Recommendation> countingTowardSeveral,
                            Optional<Aspiration> aspiration) {
    }

    @Transactional(readOnly = true)
    public CareerMap of(EducatorProfile educator) {
        CatalogSnapshot snapshot = CatalogSnapshot.of(catalog);
        Set<String> earned = credentials.earnedCodes(educator.id());
        Set<String> working = Set.copyOf(credentials.inProgress(educator.id()).stream()
                .map(EarnedCredentials.InProgress::microCredentialCode).toList());
        Optional<Aspiration> aspiration = aspirations.of(educator.id());
        List<String> targets = aspiration.map(Aspiration::targetRoleCodes).orElse(List.of());

        Map<Integer, List<CareerRole>> byTier = new TreeMap<>();
        snapshot.roles().forEach(r -> byTier.computeIfAbsent(r.tier(), t -> new ArrayList<>()).add(r));
        Map<String, Node> nodes = new java.util.HashMap<>();
        List<Tier> tiers = new ArrayList<>();
        int column = 0;
        int rows = 0;
        for (List<CareerRole> roles : byTier.values()) {
            List<Node> tierNodes = new ArrayList<>();
            for (int i = 0; i < roles.size(); i++) {
                CareerRole role = roles.get(i);
                Node node = new Node(role, 10 + column * COLUMN, TOP + i * ROW, shorten(role.title()),
                        readiness(role, snapshot, earned), educator.holds(role.code()), targets.contains(role.code()),
                        isReady(role, snapshot, earned));
                nodes.put(role.code(), node);
                tierNodes.add(node);
            }
            tiers.add(new Tier(roles.get(0).tierName(), 10 + column * COLUMN, tierNodes));
            rows = Math.max(rows, roles.size());
            column++;
        }
        List<Edge> edges = new ArrayList<>();
        for (Node from : nodes.values().stream().sorted(Comparator.comparing(n -> n.role().code())).toList()) {
            for (String next : from.role().nextRoleCodes()) {
                Node to = nodes.get(next);
                if (to != null) {
                    edges.add(new Edge(path(from, to)));
                }
            }
        }
        List<NextCredentials.Goal> goals = new ArrayList<>(Dashboards.roleGoals(snapshot, targets));
        access.enrolledCodesInOrder(educator.id()).forEach(code -> snapshot.endorsement(code)
                .ifPresent(e -> goals.add(new NextCredentials.Goal(e.title(), e.rule()))));
        List<Recommendation> ranked = NextCredentials.rank(goals, earned, working).stream()
                .flatMap(r -> snapshot.credential(r.microCredentialCode())
                        .map(mc -> new Recommendation(mc, r.goals())).stream())
                .toList();
        return new CareerMap(10 + column * COLUMN, TOP + rows * ROW, tiers, edges,
                ranked.stream().limit(RECOMMENDATIONS).toList(),
                ranked.stream().filter(r -> r.goals().size() > 1).toList(), aspiration);
    }

    /** e.g. "2 of 3 micro-credentials toward PLC Leader". */
    static String readiness(CareerRole role, CatalogSnapshot snapshot, Set<String> earned) {
        Optional<Endorsement> endorsement = Optional.ofNullable(role.endorsementCode()).flatMap(snapshot::endorsement);
        if (endorsement.isEmpty() || endorsement.get().rule().isEmpty()) {
            return "Requirements coming soon for " + role.title();
        }
        EndorsementRule.Progress progress = endorsement.get().rule().progress(earned);
        return progress.earned() + " of " + progress.total() + " micro-credentials toward " + role.title();
    }

    private static boolean isReady(CareerRole role, CatalogSnapshot snapshot, Set<String> earned) {
        return Optional.ofNullable(role.endorsementCode()).flatMap(snapshot::endorsement)
                .map(e -> e.rule().isMetBy(earned)).orElse(false);
    }

    private static String shorten(String title) {
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1).strip() + "…";
    }

    private static String path(Node from, Node to) {
        int y1 = from.y() + NODE_HEIGHT / 2;
        int y2 = to.y() + NODE_HEIGHT / 2;
        if (from.x() == to.x()) {
            int side = from.x() + NODE_WIDTH;
            return "M" + side + " " + y1 + " C" + (side + 30) + " " + y1 + " " + (side + 30) + " " + y2 + " " + side
                    + " " + y2;
        }
        int x1 = from.x() + NODE_WIDTH;
        int x2 = to.x();
        return "M" + x1 + " " + y1 + " C" + (x1 + 20) + " " + y1 + " " + (x2 - 20) + " " + y2 + " " + x2 + " " + y2;
    }
}
