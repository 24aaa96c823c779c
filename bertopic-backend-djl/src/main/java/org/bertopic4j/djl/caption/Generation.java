package org.bertopic4j.djl.caption;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Greedy and beam-search decoding as transformers' {@code generate} does them for a VisionEncoderDecoder
 * model with default settings (no sampling, no repetition penalty). Lengths count the decoder start token:
 * a sequence stops at {@code max_length} tokens or after the end token. Beam search follows
 * {@code BeamSearchScorer} with {@code early_stopping=False} and {@code length_penalty=1}: the top
 * {@code 2 * num_beams} continuations by summed log-probability; an end token within the first
 * {@code num_beams} ranks closes a hypothesis scored {@code sum / length}; the search stops when the
 * worst of {@code num_beams} closed hypotheses beats {@code best candidate / current length}; at
 * {@code max_length} the open beams are closed too. Returns the generated ids without the start and end
 * tokens.
 */
final class Generation {
    private Generation() {
    }

    static long[] greedy(DecoderSession decoder, float[] encoder, long encLen, long hidden, GenerationConfig cfg) {
        List<Long> seq = new ArrayList<>(List.of(cfg.decoderStartTokenId()));
        DecoderSession.Cache cache = null;
        while (seq.size() < cfg.maxLength()) {
            DecoderSession.Step step = decoder.step(new long[][] {toArray(seq)}, encoder, encLen, hidden, cache);
            cache = step.cache();
            long next = argmax(step.logits()[0]);
            if (next == cfg.eosTokenId()) {
                break;
            }
            seq.add(next);
        }
        return toArray(seq.subList(1, seq.size()));
    }

    private record Candidate(double score, int beam, int token) {
    }

    private record Hypothesis(double score, long[] tokens) {
    }

    static long[] beam(DecoderSession decoder, float[] encoder, long encLen, long hidden, GenerationConfig cfg) {
        int numBeams = cfg.numBeams();
        long[][] beams = {{cfg.decoderStartTokenId()}};
        double[] scores = {0.0};
        List<Hypothesis> finished = new ArrayList<>();
        DecoderSession.Cache cache = null;
        boolean done = false;
        int curLen = 1;
        while (curLen < cfg.maxLength()) {
            DecoderSession.Step step = decoder.step(beams, encoder, encLen, hidden, cache);
            List<Candidate> top = topCandidates(step.logits(), scores, 2 * numBeams);
            List<long[]> nextBeams = new ArrayList<>();
            List<Double> nextScores = new ArrayList<>();
            List<Integer> sources = new ArrayList<>();
            for (int rank = 0; rank < top.size() && nextBeams.size() < numBeams; rank++) {
                Candidate c = top.get(rank);
                if (c.token() == cfg.eosTokenId()) {
                    if (rank < numBeams) {
                        add(finished, numBeams, new Hypothesis(c.score() / curLen, beams[c.beam()]));
                    }
                    continue;
                }
                long[] s = Arrays.copyOf(beams[c.beam()], curLen + 1);
                s[curLen] = c.token();
                nextBeams.add(s);
                nextScores.add(c.score());
                sources.add(c.beam());
            }
            if (finished.size() >= numBeams && worst(finished) >= top.get(0).score() / curLen) {
                done = true;
            }
            beams = nextBeams.toArray(new long[0][]);
            scores = nextScores.stream().mapToDouble(Double::doubleValue).toArray();
            cache = step.cache() == null ? null
                    : step.cache().select(sources.stream().mapToInt(Integer::intValue).toArray());
            curLen++;
            if (done) {
                break;
            }
        }
        if (!done) {
            for (int b = 0; b < beams.length; b++) {
                add(finished, numBeams, new Hypothesis(scores[b] / beams[b].length, beams[b]));
            }
        }
        Hypothesis best = finished.stream().max(Comparator.comparingDouble(Hypothesis::score)).orElseThrow();
        return Arrays.copyOfRange(best.tokens(), 1, best.tokens().length);
    }

    /**
     * The {@code k} best (beam, token) continuations by summed log-probability, best first; ties go to the
     * lower beam, then the lower token. Only each beam's own top {@code k} can make the overall top {@code k},
     * so each beam is scanned once into a small sorted buffer instead of sorting the whole vocabulary.
     */
    private static List<Candidate> topCandidates(float[][] logits, double[] beamScores, int k) {
        List<Candidate> all = new ArrayList<>();
        for (int b = 0; b < logits.length; b++) {
            double[] lp = logSoftmax(logits[b]);
            int[] best = new int[Math.min(k, lp.length)];
            int filled = 0;
            for (int t = 0; t < lp.length; t++) {
                if (filled == best.length && lp[t] <= lp[best[filled - 1]]) {
                    continue;
                }
                int pos = filled == best.length ? filled - 1 : filled++;
                while (pos > 0 && lp[best[pos - 1]] < lp[t]) {
                    best[pos] = best[pos - 1];
                    pos--;
                }
                best[pos] = t;
            }
            for (int i = 0; i < filled; i++) {
                all.add(new Candidate(beamScores[b] + lp[best[i]], b, best[i]));
            }
        }
        all.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return all.subList(0, Math.min(k, all.size()));
    }

    private static void add(List<Hypothesis> finished, int numBeams, Hypothesis h) {
        if (finished.size() < numBeams || h.score() > worst(finished)) {
            finished.add(h);
            if (finished.size() > numBeams) {
                finished.remove(finished.stream().min(Comparator.comparingDouble(Hypothesis::score)).orElseThrow());
            }
        }
    }

    private static double worst(List<Hypothesis> finished) {
        return finished.stream().mapToDouble(Hypothesis::score).min().orElse(Double.NEGATIVE_INFINITY);
    }

    static double[] logSoftmax(float[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (float v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (float v : z) {
            sum += Math.exp(v - max);
        }
        double log = Math.log(sum);
        double[] out = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            out[i] = z[i] - max - log;
        }
        return out;
    }

    private static long argmax(float[] z) {
        int best = 0;
        for (int i = 1; i < z.length; i++) {
            if (z[i] > z[best]) {
                best = i;
            }
        }
        return best;
    }

    private static long[] toArray(List<Long> list) {
        return list.stream().mapToLong(Long::longValue).toArray();
    }
}
