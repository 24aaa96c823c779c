package org.bertopic4j.spark;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;

/** Names the executor, host and partition a task runs on, for error messages raised on executors. */
final class ExecutorInfo {
    private ExecutorInfo() {
    }

    /** For example {@code "executor 3 on host worker-7, partition 12"}. */
    static String describe() {
        SparkEnv env = SparkEnv.get();
        TaskContext task = TaskContext.get();
        return "executor " + (env == null ? "?" : env.executorId()) + " on host " + host()
                + (task == null ? "" : ", partition " + task.partitionId());
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "(unknown host)";
        }
    }
}
