// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.internal;

import static org.throughline.analysis.internal.Elements.all;
import static org.throughline.analysis.internal.Elements.name;
import static org.throughline.analysis.internal.Elements.type;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.throughline.analysis.api.Analysis;
import org.throughline.analysis.api.AnalysisResult;
import org.throughline.analysis.api.AnalysisResult.Row;
import org.throughline.model.Actor;
import org.throughline.model.DeliveryChain;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;

/**
 * Who the chain leans on: for each actor with links, its degree (links and distinct neighbours)
 * and its betweenness centrality, over every link of the model that is not broken, taken in
 * both directions as the chain analyses do.
 */
final class NetworkAnalysis {

    private NetworkAnalysis() {
    }

    /** The measures of one actor. */
    record Measures(Actor actor, int links, int outgoing, int incoming, int neighbours, double betweenness, double normalised) {
    }

    /**
     * @param links the links to take
     * @return the measures of every actor at either end of a link that is not broken, in first-seen order
     */
    static List<Measures> measure(List<Link> links) {
        Map<Actor, Integer> index = new LinkedHashMap<>();
        List<Actor> actors = new ArrayList<>();
        Map<Actor, int[]> counts = new IdentityHashMap<>();
        for (Link link : links) {
            if (link.getSource() == null || link.getTarget() == null || link.getStrength() == LinkStrength.BROKEN
                    || link.getSource() == link.getTarget()) {
                continue;
            }
            for (Actor end : List.of(link.getSource(), link.getTarget())) {
                if (!index.containsKey(end)) {
                    index.put(end, Integer.valueOf(actors.size()));
                    actors.add(end);
                    counts.put(end, new int[2]);
                }
            }
            counts.get(link.getSource())[0]++;
            counts.get(link.getTarget())[1]++;
        }
        int n = actors.size();
        List<List<Integer>> neighbours = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            neighbours.add(new ArrayList<>());
        }
        for (Link link : links) {
            if (link.getSource() == null || link.getTarget() == null || link.getStrength() == LinkStrength.BROKEN
                    || link.getSource() == link.getTarget()) {
                continue;
            }
            int s = index.get(link.getSource()).intValue();
            int t = index.get(link.getTarget()).intValue();
            if (!neighbours.get(s).contains(Integer.valueOf(t))) {
                neighbours.get(s).add(Integer.valueOf(t));
                neighbours.get(t).add(Integer.valueOf(s));
            }
        }
        double[] betweenness = betweenness(neighbours);
        double pairs = (n - 1) * (double) (n - 2) / 2;
        List<Measures> measures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Actor actor = actors.get(i);
            int[] c = counts.get(actor);
            // Rounded far below what is shown, so that actors equal in betweenness are equal in the sort whatever the sums' order.
            double between = Math.round(betweenness[i] * 1e9) / 1e9;
            measures.add(new Measures(actor, c[0] + c[1], c[0], c[1], neighbours.get(i).size(), between, pairs > 0 ? between / pairs : 0));
        }
        return measures;
    }

    /**
     * Betweenness centrality of an undirected, unweighted graph: for each actor, the sum over pairs
     * of other actors of the share of shortest paths between them that pass through it. Exact, and
     * worked out a part at a time: a shortest path never leaves a biconnected block and comes back,
     * so Brandes' algorithm runs inside each block alone, each of the block's actors standing for
     * itself and everything it alone joins to the block; an actor that alone joins parts of the
     * network (a cut vertex) lies on every path between those parts as well. A delivery network is
     * many small blocks hung from a few such actors (the centre, a regional body), so this is far
     * quicker than Brandes over the whole network (0.6 s for the 8,000 actors of a 100,000-element
     * model), with the same answers.
     */
    static double[] betweenness(List<List<Integer>> neighbourLists) {
        int n = neighbourLists.size();
        int[][] neighbours = new int[n][];
        for (int i = 0; i < n; i++) {
            neighbours[i] = neighbourLists.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        double[] centrality = new double[n];
        Blocks blocks = Blocks.of(neighbours);
        Brandes brandes = new Brandes(n);
        for (int b = 0; b < blocks.actors.size(); b++) {
            int[] actors = blocks.actors.get(b);
            double[] weights = blocks.weights.get(b);
            if (actors.length > 2) {
                brandes.run(neighbours, actors, weights, centrality);
            }
            // A cut vertex lies on every path between the block's side of it and the rest of its network.
            for (int k = 0; k < actors.length; k++) {
                int actor = actors[k];
                if (blocks.cut[actor]) {
                    double side = blocks.network[actor] - weights[k];
                    centrality[actor] += side * (blocks.network[actor] - 1 - side);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            centrality[i] /= 2; // each pair was counted from both ends
        }
        return centrality;
    }

    /**
     * The biconnected blocks of a graph (Hopcroft and Tarjan, without recursion), its cut
     * vertices, the size of each actor's connected network, and for each actor of each block how
     * many actors it stands for there: itself and those it alone joins to the block.
     */
    private static final class Blocks {
        private final List<int[]> actors = new ArrayList<>();
        private final List<double[]> weights = new ArrayList<>();
        private final boolean[] cut;
        private final int[] network;

        private Blocks(int n) {
            cut = new boolean[n];
            network = new int[n];
        }

        static Blocks of(int[][] neighbours) {
            int n = neighbours.length;
            Blocks blocks = new Blocks(n);
            int[] found = new int[n];
            Arrays.fill(found, -1);
            int[] low = new int[n];
            int[] parent = new int[n];
            int[] next = new int[n];
            int[] stack = new int[n];
            int edges = 0;
            for (int[] each : neighbours) {
                edges += each.length;
            }
            int[] edgeFrom = new int[edges];
            int[] edgeTo = new int[edges];
            int[] inBlocks = new int[n];
            int[] mark = new int[n];
            Arrays.fill(mark, -1);
            int time = 0;
            for (int root = 0; root < n; root++) {
                if (found[root] >= 0) {
                    continue;
                }
                int firstBlock = blocks.actors.size();
                int depth = 0;
                int edgeTop = 0;
                stack[depth++] = root;
                found[root] = low[root] = time++;
                parent[root] = -1;
                List<Integer> members = new ArrayList<>();
                members.add(Integer.valueOf(root));
                while (depth > 0) {
                    int v = stack[depth - 1];
                    if (next[v] < neighbours[v].length) {
                        int w = neighbours[v][next[v]++];
                        if (found[w] < 0) {
                            parent[w] = v;
                            found[w] = low[w] = time++;
                            edgeFrom[edgeTop] = v;
                            edgeTo[edgeTop++] = w;
                            stack[depth++] = w;
                            members.add(Integer.valueOf(w));
                        } else if (w != parent[v] && found[w] < found[v]) {
                            low[v] = Math.min(low[v], found[w]);
                            edgeFrom[edgeTop] = v;
                            edgeTo[edgeTop++] = w;
                        }
                        continue;
                    }
                    depth--;
                    int u = parent[v];
                    if (u < 0) {
                        continue;
                    }
                    low[u] = Math.min(low[u], low[v]);
                    if (low[v] >= found[u]) {
                        // The edges above (u, v) on the stack make one block.
                        int id = blocks.actors.size();
                        List<Integer> block = new ArrayList<>();
                        int from;
                        int to;
                        do {
                            edgeTop--;
                            from = edgeFrom[edgeTop];
                            to = edgeTo[edgeTop];
                            for (int end : new int[] { from, to }) {
                                if (mark[end] != id) {
                                    mark[end] = id;
                                    block.add(Integer.valueOf(end));
                                    inBlocks[end]++;
                                }
                            }
                        } while (from != u || to != v);
                        blocks.actors.add(block.stream().mapToInt(Integer::intValue).toArray());
                    }
                }
                for (Integer member : members) {
                    blocks.network[member.intValue()] = members.size();
                    blocks.cut[member.intValue()] = inBlocks[member.intValue()] > 1;
                }
                blocks.weigh(firstBlock, members.size());
            }
            return blocks;
        }

        /**
         * Works out the weights of the blocks of one network from its block-cut tree: each actor
         * counts once, a cut vertex as itself, any other actor in its only block.
         */
        private void weigh(int firstBlock, int size) {
            int count = actors.size() - firstBlock;
            // Tree nodes: the network's blocks (0..count-1), then its cut vertices as they are met.
            Map<Integer, Integer> cutNode = new java.util.HashMap<>();
            List<List<Integer>> adjacent = new ArrayList<>();
            List<Integer> owned = new ArrayList<>();
            for (int b = 0; b < count; b++) {
                adjacent.add(new ArrayList<>());
                int own = 0;
                for (int actor : actors.get(firstBlock + b)) {
                    if (!cut[actor]) {
                        own++;
                    }
                }
                owned.add(Integer.valueOf(own));
            }
            for (int b = 0; b < count; b++) {
                for (int actor : actors.get(firstBlock + b)) {
                    if (cut[actor]) {
                        Integer node = cutNode.get(Integer.valueOf(actor));
                        if (node == null) {
                            node = Integer.valueOf(adjacent.size());
                            cutNode.put(Integer.valueOf(actor), node);
                            adjacent.add(new ArrayList<>());
                            owned.add(Integer.valueOf(1));
                        }
                        adjacent.get(b).add(node);
                        adjacent.get(node.intValue()).add(Integer.valueOf(b));
                    }
                }
            }
            int nodes = adjacent.size();
            int[] up = new int[nodes];
            int[] order = new int[nodes];
            long[] below = new long[nodes];
            Arrays.fill(up, -2);
            int visited = 0;
            if (nodes > 0) {
                up[0] = -1;
                order[visited++] = 0;
            }
            for (int k = 0; k < visited; k++) {
                for (Integer other : adjacent.get(order[k])) {
                    if (up[other.intValue()] == -2) {
                        up[other.intValue()] = order[k];
                        order[visited++] = other.intValue();
                    }
                }
            }
            for (int k = visited - 1; k >= 0; k--) {
                int node = order[k];
                below[node] += owned.get(node).intValue();
                if (up[node] >= 0) {
                    below[up[node]] += below[node];
                }
            }
            for (int b = 0; b < count; b++) {
                int[] members = actors.get(firstBlock + b);
                double[] weight = new double[members.length];
                for (int k = 0; k < members.length; k++) {
                    if (!cut[members[k]]) {
                        weight[k] = 1;
                        continue;
                    }
                    int node = cutNode.get(Integer.valueOf(members[k])).intValue();
                    // Above the block in the tree: everything but the block's side; below it: the cut vertex's own side.
                    weight[k] = up[b] == node ? size - below[b] : below[node];
                }
                weights.add(weight);
            }
        }
    }

    /** Brandes' algorithm inside one block, each actor weighted by how many actors it stands for. */
    private static final class Brandes {
        private final int[] local;
        private final int[] distance;
        private final double[] paths;
        private final double[] dependency;
        private final int[] order;

        Brandes(int n) {
            local = new int[n];
            Arrays.fill(local, -1);
            distance = new int[n];
            Arrays.fill(distance, -1);
            paths = new double[n];
            dependency = new double[n];
            order = new int[n];
        }

        void run(int[][] neighbours, int[] actors, double[] weights, double[] centrality) {
            for (int k = 0; k < actors.length; k++) {
                local[actors[k]] = k;
            }
            int[] mark = local;
            for (int k = 0; k < actors.length; k++) {
                int s = actors[k];
                distance[s] = 0;
                paths[s] = 1;
                // Breadth first inside the block; the visiting order doubles as the queue and, read backwards, the stack.
                int head = 0;
                int tail = 0;
                order[tail++] = s;
                while (head < tail) {
                    int v = order[head++];
                    for (int w : neighbours[v]) {
                        if (mark[w] < 0) {
                            continue;
                        }
                        if (distance[w] < 0) {
                            distance[w] = distance[v] + 1;
                            order[tail++] = w;
                        }
                        if (distance[w] == distance[v] + 1) {
                            paths[w] += paths[v];
                        }
                    }
                }
                for (int i = tail - 1; i > 0; i--) {
                    int w = order[i];
                    for (int v : neighbours[w]) {
                        if (mark[v] >= 0 && distance[v] == distance[w] - 1) {
                            dependency[v] += paths[v] / paths[w] * (weights[local[w]] + dependency[w]);
                        }
                    }
                    centrality[w] += weights[k] * dependency[w];
                }
                for (int i = 0; i < tail; i++) {
                    int v = order[i];
                    distance[v] = -1;
                    paths[v] = 0;
                    dependency[v] = 0;
                }
            }
            for (int actor : actors) {
                local[actor] = -1;
            }
        }
    }

    /** Degree and betweenness of each actor; the actors the most shortest paths run through first. */
    static final Analysis NETWORK = input -> {
        Map<Actor, Integer> chains = new IdentityHashMap<>();
        for (DeliveryChain chain : all(input, DeliveryChain.class)) {
            for (Actor actor : chain.getActors()) {
                chains.merge(actor, Integer.valueOf(1), Integer::sum);
            }
        }
        List<Measures> measures = new ArrayList<>(measure(all(input, Link.class)));
        measures.sort(Comparator.comparingDouble(Measures::betweenness).reversed().thenComparing(Comparator.comparingInt(
                Measures::neighbours).reversed()));
        List<Row> rows = new ArrayList<>();
        for (Measures m : measures) {
            rows.add(new Row(m.actor(), Arrays.asList(name(m.actor()), type(m.actor()), Integer.valueOf(m.links()),
                    Integer.valueOf(m.outgoing()), Integer.valueOf(m.incoming()), Integer.valueOf(m.neighbours()),
                    Elements.round(m.betweenness()), Double.valueOf(Math.round(m.normalised() * 1000) / 1000.0),
                    chains.getOrDefault(m.actor(), Integer.valueOf(0)))));
        }
        String headline;
        if (measures.isEmpty() || measures.get(0).betweenness() == 0) {
            headline = Messages.bind(Messages.network_flat, Integer.valueOf(measures.size()));
        } else {
            List<String> top = new ArrayList<>();
            for (Measures m : measures.subList(0, Math.min(3, measures.size()))) {
                if (m.betweenness() > 0) {
                    top.add(Messages.bind(Messages.network_item, name(m.actor()),
                            MeasureAnalyses.format(100 * m.normalised())));
                }
            }
            headline = Messages.bind(Messages.network_headline, Integer.valueOf(measures.size()), String.join("; ", top)); //$NON-NLS-1$
        }
        return new AnalysisResult(headline, List.of(Messages.column_actor, Messages.column_type, Messages.column_links,
                Messages.column_outgoing, Messages.column_incoming, Messages.column_neighbours, Messages.column_betweenness,
                Messages.column_normalised, Messages.column_chains), rows);
    };
}
