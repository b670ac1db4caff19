package io.sightline.concurrent;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Daemon threads with a readable name, so a thread dump of Sightline itself says who owns each thread. */
public final class NamedThreadFactory implements ThreadFactory {
    private final String name;
    private final AtomicInteger count = new AtomicInteger();

    public NamedThreadFactory(String name) {
        this.name = name;
    }

    @Override
    public Thread newThread(Runnable r) {
        int n = count.incrementAndGet();
        Thread t = new Thread(r, n == 1 ? name : name + "-" + n);
        t.setDaemon(true);
        return t;
    }
}
