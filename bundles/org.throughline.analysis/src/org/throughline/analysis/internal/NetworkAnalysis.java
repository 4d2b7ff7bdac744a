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
            measures.add(new Measures(actor, c[0] + c[1], c[0], c[1], neighbours.get(i).size(), betweenness[i],
                    pairs > 0 ? betweenness[i] / pairs : 0));
        }
        return measures;
    }

    /**
     * Brandes' algorithm for an undirected, unweighted graph: for each actor, the sum over pairs of
     * other actors of the share of shortest paths between them that pass through it.
     */
    static double[] betweenness(List<List<Integer>> neighbourLists) {
        int n = neighbourLists.size();
        int[][] neighbours = new int[n][];
        for (int i = 0; i < n; i++) {
            neighbours[i] = neighbourLists.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        double[] centrality = new double[n];
        int[] distance = new int[n];
        double[] paths = new double[n];
        double[] dependency = new double[n];
        int[] order = new int[n];
        Arrays.fill(distance, -1);
        for (int s = 0; s < n; s++) {
            distance[s] = 0;
            paths[s] = 1;
            // Breadth first; the visiting order doubles as the queue and, read backwards, the stack.
            int head = 0;
            int tail = 0;
            order[tail++] = s;
            while (head < tail) {
                int v = order[head++];
                for (int w : neighbours[v]) {
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        order[tail++] = w;
                    }
                    if (distance[w] == distance[v] + 1) {
                        paths[w] += paths[v];
                    }
                }
            }
            for (int k = tail - 1; k > 0; k--) {
                int w = order[k];
                for (int v : neighbours[w]) {
                    if (distance[v] == distance[w] - 1) {
                        dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
                    }
                }
                centrality[w] += dependency[w];
            }
            // Only the actors reached from s were touched: a model of many separate networks
            // would otherwise clear every actor's entries for every actor.
            for (int k = 0; k < tail; k++) {
                int v = order[k];
                distance[v] = -1;
                paths[v] = 0;
                dependency[v] = 0;
            }
        }
        for (int i = 0; i < n; i++) {
            centrality[i] /= 2; // each pair was counted from both ends
        }
        return centrality;
    }

    /** Degree and betweenness of each actor; the actors the most shortest paths run through first. */
    static final Analysis NETWORK = input -> {
        Map<Actor, Integer> chains = new IdentityHashMap<>();
        for (DeliveryChain chain : all(input.model(), DeliveryChain.class)) {
            for (Actor actor : chain.getActors()) {
                chains.merge(actor, Integer.valueOf(1), Integer::sum);
            }
        }
        List<Measures> measures = new ArrayList<>(measure(all(input.model(), Link.class)));
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
