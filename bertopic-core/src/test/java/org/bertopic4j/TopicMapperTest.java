package org.bertopic4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicMapperTest {

    @Test
    void sortsBySizeKeepingOutliersAndFirstAppearanceForTies() {
        int[] raw = {2, 0, 0, -1, 1, 1, 2, 0, 3, 3};
        // sizes: 0 -> 3, 1 -> 2, 2 -> 2, 3 -> 2; ties in order of first appearance: 2, 1, 3
        Map<Integer, Integer> m = TopicMapper.bySize(raw);
        assertEquals(Map.of(-1, -1, 0, 0, 2, 1, 1, 2, 3, 3), m);
        TopicMapper mapper = TopicMapper.of(raw).then(m);
        assertArrayEquals(new int[] {1, 0, 0, -1, 2, 2, 1, 0, 3, 3}, mapper.mapLabels(raw));
        assertArrayEquals(new int[] {-1, 1}, mapper.mapLabels(new int[] {7, 2}), "unknown labels map to -1");
    }

    @Test
    void mapsMembershipColumnsToCurrentTopics() {
        int[] raw = {0, 1, 1};
        TopicMapper mapper = TopicMapper.of(raw).then(TopicMapper.bySize(raw));
        double[][] mapped = mapper.mapMembership(new double[][] {{0.9, 0.1}, {0.2, 0.8}}, 2);
        assertArrayEquals(new double[] {0.1, 0.9}, mapped[0]);
        assertArrayEquals(new double[] {0.8, 0.2}, mapped[1]);
    }

    @Test
    void keepsTheHistoryOfEveryStep() {
        int[] raw = {0, 1, 1};
        TopicMapper mapper = TopicMapper.of(raw).then(TopicMapper.bySize(raw)).then(Map.of(0, 0, 1, 0));
        assertArrayEquals(new int[] {0, 0, 1, 0}, mapper.history().get(0));
        assertArrayEquals(new int[] {1, 1, 0, 0}, mapper.history().get(1));
        assertEquals(Map.of(0, 0, 1, 0), mapper.originalToCurrent());
    }
}
