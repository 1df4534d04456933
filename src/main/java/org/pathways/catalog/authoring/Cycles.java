package org.pathways.catalog.authoring;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finds a cycle in a directed graph given as edges per node (prerequisites, the career map). */
public final class Cycles {

    private Cycles() {
    }

    /** A node on some cycle, if there is one. */
    public static Optional<String> find(Map<String, List<String>> edges) {
        Set<String> done = new HashSet<>();
        Set<String> onPath = new HashSet<>();
        for (String node : edges.keySet()) {
            String cycle = visit(node, edges, done, onPath);
            if (cycle != null) {
                return Optional.of(cycle);
            }
        }
        return Optional.empty();
    }

    private static String visit(String node, Map<String, List<String>> edges, Set<String> done, Set<String> onPath) {
        if (done.contains(node)) {
            return null;
        }
        if (!onPath.add(node)) {
            return node;
        }
        for (String next : edges.getOrDefault(node, List.of())) {
            String cycle = visit(next, edges, done, onPath);
            if (cycle != null) {
                return cycle;
            }
        }
        onPath.remove(node);
        done.add(node);
        return null;
    }
}
