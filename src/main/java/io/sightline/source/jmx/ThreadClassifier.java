package io.sightline.source.jmx;

import java.util.List;

/**
 * Classifies one thread of a dump by its state and stack. The order of the rules matters: a thread waiting for a
 * pool connection is parked (it would otherwise read as idle), and a thread reading a socket is RUNNABLE (it would
 * otherwise read as burning CPU).
 */
public final class ThreadClassifier {
    private static final List<String> POOL_WAIT = List.of(
            "com.zaxxer.hikari.pool.HikariPool.getConnection", "com.zaxxer.hikari.util.ConcurrentBag.borrow");
    /** Frames at the top of a thread blocked reading a socket (blocking I/O, NIO, TLS). */
    private static final List<String> SOCKET_READ = List.of(
            "java.net.SocketInputStream.socketRead", "java.net.SocketInputStream.read",
            "sun.nio.ch.NioSocketImpl.read", "sun.nio.ch.NioSocketImpl.park", "sun.nio.ch.NioSocketImpl.timedRead",
            "sun.nio.ch.SocketDispatcher.read", "sun.nio.ch.SocketChannelImpl.read", "sun.nio.ch.Net.poll",
            "sun.security.ssl.SSLSocketImpl$AppInputStream.read", "sun.security.ssl.SSLSocketInputRecord.read");
    private static final List<String> JDBC_DRIVERS = List.of(
            "org.h2.jdbc.", "org.h2.engine.SessionRemote", "org.postgresql.", "com.mysql.", "org.mariadb.", "oracle.jdbc.", "com.microsoft.sqlserver.",
            "net.sourceforge.jtds.", "com.ibm.db2.", "org.hsqldb.", "org.apache.derby.", "com.sap.db.",
            "org.firebirdsql.", "com.clickhouse.", "io.r2dbc.");
    private static final List<String> HTTP_CLIENTS = List.of(
            "java.net.http.", "jdk.internal.net.http.", "sun.net.www.protocol.http.", "sun.net.www.http.",
            "org.apache.http.", "org.apache.hc.", "okhttp3.", "com.squareup.okhttp.", "org.eclipse.jetty.client.",
            "org.springframework.web.client.", "org.springframework.web.reactive.function.client.", "feign.",
            "retrofit2.", "io.grpc.", "reactor.netty.http.client.", "org.asynchttpclient.");
    /** Frames of a caller parked for a response while another thread does the I/O (java.net.http's selector). */
    private static final List<String> HTTP_WAITS = List.of("jdk.internal.net.http.HttpClientImpl.send");
    /** Frames of a RUNNABLE thread that is in fact waiting in the kernel for work. */
    private static final List<String> NATIVE_WAITS = List.of(
            "sun.nio.ch.EPoll.wait", "sun.nio.ch.KQueue.poll", "sun.nio.ch.WEPoll.wait", "sun.nio.ch.Net.accept",
            "java.net.PlainSocketImpl.socketAccept", "sun.nio.ch.NioSocketImpl.accept", "sun.nio.ch.ServerSocketChannelImpl.accept",
            "java.io.FileInputStream.readBytes", "java.io.FileInputStream.read", "sun.nio.ch.FileDispatcherImpl.read",
            "java.lang.ProcessHandleImpl.waitForProcessExit", "java.lang.ref.Reference.waitForReferencePendingList",
            "java.lang.ref.Reference.getAndClearReferencePendingList",
            "jdk.internal.misc.Signal.", "sun.misc.Signal.");

    /** Server frames under a socket read: an inbound connection waiting for its next request, i.e. idle. */
    private static final List<String> SERVER_READS = List.of(
            "sun.rmi.transport.tcp.TCPTransport$ConnectionHandler", "org.apache.tomcat.", "org.apache.coyote.",
            "org.eclipse.jetty.server.", "io.undertow.", "sun.net.httpserver.", "org.h2.server.",
            "io.netty.channel.nio.NioEventLoop");
    /** The target thread answering our own dump request: Sightline's footprint, not the service's CPU. */
    private static final String OUR_DUMP = "sun.management.ThreadImpl.dumpThreads0";

    private ThreadClassifier() {
    }

    /**
     * @param state  the thread's state name ({@code RUNNABLE}, {@code BLOCKED}, {@code WAITING}, ...)
     * @param frames the stack, top first, each {@code declaringClass.methodName}
     */
    public static ThreadClass classify(String state, List<String> frames) {
        if (anyFrameStartsWith(frames, POOL_WAIT)) {
            return ThreadClass.WAITING_FOR_POOL_CONNECTION;
        }
        if ("BLOCKED".equals(state)) {
            return ThreadClass.BLOCKED_ON_LOCK;
        }
        boolean reading = !frames.isEmpty() && startsWithAny(top(frames), SOCKET_READ);
        if (reading && anyFrameStartsWith(frames, JDBC_DRIVERS)) {
            return ThreadClass.JDBC_IO;
        }
        if (reading && anyFrameStartsWith(frames, HTTP_CLIENTS) || anyFrameStartsWith(frames, HTTP_WAITS)) {
            return ThreadClass.DOWNSTREAM_IO;
        }
        if (reading) {
            return anyFrameStartsWith(frames, SERVER_READS) ? ThreadClass.IDLE : ThreadClass.OTHER_IO;
        }
        if ("RUNNABLE".equals(state) && !frames.isEmpty() && !startsWithAny(top(frames), NATIVE_WAITS)
                && !frames.get(0).equals(OUR_DUMP)) {
            return ThreadClass.RUNNABLE_CPU;
        }
        return ThreadClass.IDLE;
    }

    /** The top frames that decide "reading a socket" (a read may sit a few frames under a poll). */
    private static List<String> top(List<String> frames) {
        return frames.subList(0, Math.min(3, frames.size()));
    }

    private static boolean startsWithAny(List<String> frames, List<String> prefixes) {
        for (String f : frames) {
            for (String p : prefixes) {
                if (f.startsWith(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean anyFrameStartsWith(List<String> frames, List<String> prefixes) {
        return startsWithAny(frames, prefixes);
    }
}
