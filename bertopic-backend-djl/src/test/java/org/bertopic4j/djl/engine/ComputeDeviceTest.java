package org.bertopic4j.djl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The device decision as a pure function of (request, engine, GPU runtime present, GPU count), for machines with
 * and without GPUs.
 */
class ComputeDeviceTest {

    @Test
    void autoTakesTheFirstGpuWhenTheEngineCanUseOneElseTheCpu() {
        assertEquals(ComputeDevice.CPU, ComputeDevice.AUTO.resolve(ModelFormat.ONNX, false, 0));
        assertEquals(ComputeDevice.CPU, ComputeDevice.AUTO.resolve(ModelFormat.ONNX, false, 2),
                "GPUs but no CUDA execution provider: ONNX Runtime cannot use them");
        assertEquals(ComputeDevice.CPU, ComputeDevice.AUTO.resolve(ModelFormat.ONNX, true, 0));
        assertEquals(ComputeDevice.gpu(0), ComputeDevice.AUTO.resolve(ModelFormat.ONNX, true, 2));
        assertEquals(ComputeDevice.CPU, ComputeDevice.AUTO.resolve(ModelFormat.TORCHSCRIPT, true, 0));
        assertEquals(ComputeDevice.gpu(0), ComputeDevice.AUTO.resolve(ModelFormat.TORCHSCRIPT, true, 1));
    }

    @Test
    void cpuStaysOnTheCpuEvenWithGpus() {
        assertEquals(ComputeDevice.CPU, ComputeDevice.CPU.resolve(ModelFormat.ONNX, true, 4));
        assertEquals(ComputeDevice.CPU, ComputeDevice.CPU.resolve(ModelFormat.TORCHSCRIPT, true, 4));
    }

    @Test
    void anExplicitGpuIsUsedWhenVisible() {
        assertEquals(ComputeDevice.gpu(1), ComputeDevice.gpu(1).resolve(ModelFormat.ONNX, true, 2));
        assertEquals(ComputeDevice.gpu(0), ComputeDevice.gpu(0).resolve(ModelFormat.TORCHSCRIPT, true, 1));
        assertTrue(ComputeDevice.gpu(1).isGpu());
        assertEquals(1, ComputeDevice.gpu(1).index());
        assertEquals(-1, ComputeDevice.CPU.index());
    }

    @Test
    void anExplicitGpuThatCannotBeUsedIsAClearError() {
        assertError(ComputeDevice.gpu(0), ModelFormat.ONNX, false, 0, "device(ComputeDevice.gpu(0))",
                "com.microsoft.onnxruntime:onnxruntime_gpu");
        assertError(ComputeDevice.gpu(0), ModelFormat.ONNX, true, 0, "CUDA execution provider sees no GPU",
                "ComputeDevice.CPU");
        assertError(ComputeDevice.gpu(0), ModelFormat.TORCHSCRIPT, true, 0, "pytorch-native-cu128",
                "ComputeDevice.AUTO");
        assertError(ComputeDevice.gpu(2), ModelFormat.TORCHSCRIPT, true, 2, "asks for GPU 2", "only 2 GPU(s)");
    }

    @Test
    void aNegativeGpuIndexIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ComputeDevice.gpu(-1));
        assertEquals("GPU index must be >= 0, got -1", e.getMessage());
    }

    @Test
    void devicesPrintAsTheirFactory() {
        assertEquals("auto", ComputeDevice.AUTO.toString());
        assertEquals("cpu", ComputeDevice.CPU.toString());
        assertEquals("gpu(3)", ComputeDevice.gpu(3).toString());
    }

    private static void assertError(ComputeDevice requested, ModelFormat format, boolean runtime, int count,
            String... parts) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> requested.resolve(format, runtime, count));
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), e.getMessage());
        }
    }
}
