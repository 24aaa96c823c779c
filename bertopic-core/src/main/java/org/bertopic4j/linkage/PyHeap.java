package org.bertopic4j.linkage;

import java.util.List;

/**
 * Python's {@code heapq} on a list of ints, step for step: scikit-learn labels clusters by their
 * position in such a heap, so the exact sift order matters.
 */
final class PyHeap {
    private PyHeap() {
    }

    static void push(List<Integer> heap, int item) {
        heap.add(item);
        siftDown(heap, 0, heap.size() - 1);
    }

    static int pushPop(List<Integer> heap, int item) {
        if (!heap.isEmpty() && heap.get(0) < item) {
            int top = heap.get(0);
            heap.set(0, item);
            siftUp(heap, 0);
            return top;
        }
        return item;
    }

    private static void siftDown(List<Integer> heap, int start, int pos) {
        int item = heap.get(pos);
        while (pos > start) {
            int parentPos = (pos - 1) >> 1;
            int parent = heap.get(parentPos);
            if (item < parent) {
                heap.set(pos, parent);
                pos = parentPos;
                continue;
            }
            break;
        }
        heap.set(pos, item);
    }

    private static void siftUp(List<Integer> heap, int pos) {
        int end = heap.size();
        int start = pos;
        int item = heap.get(pos);
        int child = 2 * pos + 1;
        while (child < end) {
            int right = child + 1;
            if (right < end && heap.get(child) >= heap.get(right)) {
                child = right;
            }
            heap.set(pos, heap.get(child));
            pos = child;
            child = 2 * pos + 1;
        }
        heap.set(pos, item);
        siftDown(heap, start, pos);
    }
}
