package io.sightline.source.log;

/** Lines in each layout as the tools write them (HikariCP lines quoted from its public issue threads). */
final class Samples {
    private Samples() {
    }

    static final String COMBINED_MICROS =
            "127.0.0.1 - frank [10/Oct/2023:13:55:36 -0700] \"GET /apache_pb.gif HTTP/1.0\" 200 2326 "
            + "\"http://www.example.com/start.html\" \"Mozilla/4.08 [en] (Win98; I ;Nav)\" 1234567\n";
    static final String NGINX_SECONDS =
            "10.1.2.3 - - [15/Jan/2024:10:00:01 +0100] \"POST /checkout HTTP/1.1\" 503 0 \"-\" \"curl/8.4.0\" 0.250\n";
    static final String COMMON = "127.0.0.1 - - [15/Jan/2024:10:00:02 +0000] \"GET / HTTP/1.1\" 404 -\n";

    static final String LOGBACK = "10:23:45.123 [http-nio-8080-exec-1] ERROR c.e.shop.CheckoutService - checkout failed\n"
            + "java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30005ms (total=10, active=10, idle=0, waiting=5)\n"
            + "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)\n"
            + "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:179)\n"
            + "\t... 42 common frames omitted\n"
            + "10:23:46.001 [main] INFO  c.e.shop.Application - still alive\n";

    // brettwooldridge/HikariCP #1710
    static final String SPRING_BOOT_2 = "2020-12-28 08:23:35.766 DEBUG 28421 --- [Hikari housekeeper] "
            + "com.zaxxer.hikari.pool.HikariPool        : Hikari - Pool stats (total=5, active=0, idle=5, waiting=0)\n";
    // brettwooldridge/HikariCP #2297
    static final String SPRING_BOOT_3 = "2025-02-28T17:38:47.957+05:30 WARN 16980 --- [l-1 housekeeper] "
            + "com.zaxxer.hikari.pool.HikariPool : HikariPool-1 - Thread starvation or clock leap detected "
            + "(housekeeper delta=1h49m4s668ms147µs200ns).\n";
    static final String SPRING_BOOT_32_APP = "2024-01-15T10:00:00.000Z  INFO 1234 --- [shop] [           main] "
            + "o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port 8080 (http)\n";

    static final String LOG4J = "[2016-12-20 00:00:36,888] INFO Deleting segment 912806 from log test-1. (kafka.log.Log)\n";

    static final String JSON_LOGSTASH = "{\"@timestamp\":\"2024-01-15T10:00:00.123+01:00\",\"@version\":\"1\","
            + "\"message\":\"checkout failed\",\"logger_name\":\"c.e.Checkout\",\"thread_name\":\"exec-1\","
            + "\"level\":\"ERROR\",\"level_value\":40000,\"stack_trace\":\"java.net.SocketTimeoutException: Read timed out\\n"
            + "\\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)\\n\"}\n";
    static final String JSON_ECS = "{\"@timestamp\":\"2024-01-15T09:00:01.000Z\",\"log.level\":\"WARN\",\"message\":\"slow\","
            + "\"ecs.version\":\"1.2.0\",\"log\":{\"logger\":\"c.e.Repo\"},\"error\":{\"type\":\"java.sql.SQLException\","
            + "\"stack_trace\":\"java.sql.SQLException: FATAL: sorry, too many clients already\\n\\tat x.y(Z.java:1)\"}}\n";

    static final String GC_UNIFIED = "[2024-01-15T10:00:00.100+0000][info][gc,start    ] GC(7) Pause Young (Normal) (G1 Evacuation Pause)\n"
            + "[2024-01-15T10:00:00.104+0000][info][gc,phases   ] GC(7)   Pre Evacuate Collection Set: 0.1ms\n"
            + "[2024-01-15T10:00:00.105+0000][info][gc          ] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 24M->4M(256M) 4.567ms\n"
            + "[2024-01-15T10:00:01.000+0000][info][gc          ] GC(8) Pause Young (Concurrent Start) (G1 Humongous Allocation) 30M->8M(256M) 2.000ms\n"
            + "[2024-01-15T10:00:01.500+0000][info][gc          ] GC(8) Pause Remark 10M->10M(256M) 1.250ms\n"
            + "[2024-01-15T10:00:01.600+0000][info][gc          ] GC(8) Pause Cleanup 10M->10M(256M) 0.050ms\n"
            + "[2024-01-15T10:00:02.000+0000][info][gc          ] GC(9) Pause Young (Mixed) (G1 Evacuation Pause) 40M->20M(256M) 6.000ms\n"
            + "[2024-01-15T10:00:03.000+0000][info][gc          ] GC(10) Pause Full (System.gc()) 50M->10M(256M) 120.500ms\n"
            + "[2024-01-15T10:00:03.100+0000][info][gc          ] GC(11) Concurrent Mark Cycle 45.000ms\n";
    static final String GC_JDK8_PARALLEL = "2024-01-15T10:00:00.000+0000: 1.234: [GC (Allocation Failure) [PSYoungGen: "
            + "33280K->5104K(38400K)] 33280K->5112K(125952K), 0.0061920 secs] [Times: user=0.01 sys=0.00, real=0.01 secs] \n"
            + "2024-01-15T10:00:05.000+0000: 6.234: [Full GC (Ergonomics) [PSYoungGen: 5104K->0K(38400K)] [ParOldGen: "
            + "8K->4900K(87552K)] 5112K->4900K(125952K), [Metaspace: 3000K->3000K(1056768K)], 0.0456789 secs] "
            + "[Times: user=0.05 sys=0.00, real=0.05 secs] \n";
}
