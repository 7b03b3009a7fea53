package com.carerounds.benchmark;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Samples used heap every 50 ms in the background and reports the peak, in MB. */
final class HeapSampler {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "heap-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong peak = new AtomicLong();

    static HeapSampler start() {
        HeapSampler sampler = new HeapSampler();
        Runtime runtime = Runtime.getRuntime();
        sampler.scheduler.scheduleAtFixedRate(
                () -> sampler.peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max),
                0, 50, TimeUnit.MILLISECONDS);
        return sampler;
    }

    long stop() throws InterruptedException {
        scheduler.shutdown();
        scheduler.awaitTermination(1, TimeUnit.SECONDS);
        return peak.get() / (1024 * 1024);
    }
}
