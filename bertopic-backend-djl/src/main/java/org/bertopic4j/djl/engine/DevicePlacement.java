package org.bertopic4j.djl.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Resolves a requested {@link ComputeDevice} for one model and logs the choice. */
final class DevicePlacement {
    private static final Logger LOG = LoggerFactory.getLogger(DevicePlacement.class);

    private DevicePlacement() {
    }

    /** {@link ComputeDevice#resolve}, logging at debug level where the model runs and why. */
    static ComputeDevice place(ComputeDevice requested, ModelFormat format, boolean gpuRuntime, int gpuCount,
            String source) {
        ComputeDevice chosen = requested.resolve(format, gpuRuntime, gpuCount);
        if (requested.equals(ComputeDevice.AUTO) && !chosen.isGpu()) {
            LOG.debug("{}: no usable GPU ({} runtime with GPU support: {}, GPUs: {}), running on the CPU", source,
                    format, gpuRuntime, gpuCount);
        } else {
            LOG.debug("{}: running on {}", source, chosen);
        }
        return chosen;
    }
}
