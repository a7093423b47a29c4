package quotegraph.neo4jlocal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Embedded Neo4j Community with Bolt on loopback and auth disabled.
 *
 * <p>Protocol with the parent process (src/db/local.ts): exactly one line starting with
 * {@code NEO4J_LOCAL_READY } followed by the Bolt URI is printed once Bolt accepts connections.
 * The database shuts down on SIGTERM/SIGINT and when stdin reaches EOF, so a parent killed with
 * -9 (which closes our stdin pipe) never leaves this JVM behind.
 */
public final class Neo4jLocal {
    static final String READY_PREFIX = "NEO4J_LOCAL_READY ";

    private Neo4jLocal() {}

    public static void main(String[] argv) {
        Options options;
        try {
            options = Options.parse(argv);
        } catch (IllegalArgumentException e) {
            System.err.println("neo4j-local: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        if (options.help) {
            System.out.println(Options.USAGE);
            return;
        }

        long started = System.nanoTime();
        DatabaseManagementService dbms;
        try {
            dbms = build(options);
        } catch (RuntimeException e) {
            System.err.println("neo4j-local: could not start Neo4j in " + options.home + ": " + rootMessage(e));
            e.printStackTrace(System.err);
            System.exit(1);
            return;
        }

        AtomicBoolean stopping = new AtomicBoolean(false);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(dbms, stopping), "neo4j-local-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(Duration.ofMinutes(2).toMillis())) {
            System.err.println("neo4j-local: database did not become available within 2 minutes");
            System.exit(1);
        }

        int port = boundPort(db, ConnectorType.BOLT, options.port);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        String browser = options.httpPort >= 0
                ? ", browser http://127.0.0.1:" + boundPort(db, ConnectorType.HTTP, options.httpPort) + "/browser/"
                : "";
        System.out.println(READY_PREFIX + "bolt://127.0.0.1:" + port + " (started in " + millis + " ms, data "
                + options.home + browser + ")");
        System.out.flush();

        if (options.watchStdin) {
            watchStdinForEof();
        }
    }

    private static DatabaseManagementService build(Options o) {
        long maxHeap = Runtime.getRuntime().maxMemory();
        // Leave room for Cypher planning and Bolt buffers: transactions may use at most 60% of the heap.
        long txTotal = o.txTotalBytes > 0 ? o.txTotalBytes : (long) (maxHeap * 0.6);
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(o.home);
        if (o.httpPort >= 0) {
            // The embedded DBMS starts its Jetty web server (HTTP API + /browser) only with this on.
            builder.setConfig(HttpConnector.enabled, true)
                    .setConfig(HttpConnector.listen_address, new SocketAddress("127.0.0.1", o.httpPort))
                    .setConfig(HttpConnector.advertised_address, new SocketAddress("127.0.0.1", o.httpPort));
        } else {
            builder.setConfig(HttpConnector.enabled, false);
        }
        return builder
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", o.port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", o.port))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, o.pageCacheBytes)
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, txTotal)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Small, non-preallocated transaction logs: test databases are created per run.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 64L * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                // Bolt stops after the databases are checkpointed; its default 2 x 5 s grace only delays exit.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .build();
    }

    /** With port 0 the OS picks the port; ask Neo4j which one it bound. */
    private static int boundPort(GraphDatabaseService db, ConnectorType connector, int configured) {
        try {
            ConnectorPortRegister ports = ((GraphDatabaseAPI) db)
                    .getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class);
            HostnamePort bound = ports.getLocalAddress(connector);
            if (bound != null) {
                return bound.getPort();
            }
        } catch (RuntimeException e) {
            System.err.println("neo4j-local: could not read the bound " + connector + " port: " + rootMessage(e));
        }
        if (configured == 0) {
            System.err.println("neo4j-local: " + connector + " port unknown (started with port 0)");
            System.exit(1);
        }
        return configured;
    }

    private static void watchStdinForEof() {
        Thread watcher = new Thread(() -> {
            InputStream in = System.in;
            byte[] buffer = new byte[256];
            try {
                while (in.read(buffer) >= 0) {
                    // The parent never writes; anything it sends is ignored.
                }
            } catch (IOException ignored) {
                // A broken pipe means the parent is gone, same as EOF.
            }
            System.out.println("neo4j-local: stdin closed (parent exited), shutting down");
            System.exit(0);
        }, "neo4j-local-stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void stop(DatabaseManagementService dbms, AtomicBoolean stopping) {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        long started = System.nanoTime();
        try {
            dbms.shutdown();
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            System.out.println("neo4j-local: stopped cleanly in " + millis + " ms");
        } catch (RuntimeException e) {
            System.err.println("neo4j-local: error during shutdown: " + rootMessage(e));
        }
        System.out.flush();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (cause: " + t + ")";
    }

    /** Command line: see USAGE. */
    static final class Options {
        static final String USAGE = String.join("\n",
                "usage: neo4j-local --data DIR [--port N] [--http-port N] [--pagecache SIZE] [--tx-total SIZE]",
                "                   [--no-stdin-watch]",
                "  --data DIR         Neo4j home: databases and logs live here (created if missing)",
                "  --port N           Bolt port on 127.0.0.1 (default 7687; 0 picks a free port)",
                "  --http-port N      also serve the HTTP API and Neo4j Browser (/browser/) on 127.0.0.1:N",
                "                     (0 picks a free port; default: no HTTP)",
                "  --pagecache SIZE   page cache, e.g. 256m, 1g (default 512m)",
                "  --tx-total SIZE    memory all transactions together may use (default 60% of max heap)",
                "  --no-stdin-watch   keep running when stdin closes (default: stop on stdin EOF)",
                "Heap is set with -Xmx on the java command line.");

        Path home;
        int port = 7687;
        int httpPort = -1;
        long pageCacheBytes = 512L * 1024 * 1024;
        long txTotalBytes = 0;
        boolean watchStdin = true;
        boolean help;

        static Options parse(String[] argv) {
            Options o = new Options();
            for (int i = 0; i < argv.length; i++) {
                String arg = argv[i];
                switch (arg) {
                    case "--help", "-h" -> o.help = true;
                    case "--data" -> o.home = Path.of(value(argv, ++i, arg)).toAbsolutePath();
                    case "--port" -> o.port = port(value(argv, ++i, arg));
                    case "--http-port" -> o.httpPort = port(value(argv, ++i, arg));
                    case "--pagecache" -> o.pageCacheBytes = bytes(value(argv, ++i, arg), arg);
                    case "--tx-total" -> o.txTotalBytes = bytes(value(argv, ++i, arg), arg);
                    case "--no-stdin-watch" -> o.watchStdin = false;
                    default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
                }
            }
            if (o.home == null && !o.help) {
                throw new IllegalArgumentException("--data DIR is required");
            }
            return o;
        }

        private static String value(String[] argv, int i, String flag) {
            if (i >= argv.length) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            return argv[i];
        }

        private static int port(String s) {
            try {
                int p = Integer.parseInt(s);
                if (p >= 0 && p <= 65535) {
                    return p;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new IllegalArgumentException("ports must be 0..65535, got '" + s + "'");
        }

        static long bytes(String s, String flag) {
            String t = s.trim().toLowerCase();
            long unit = 1;
            char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
            if (last == 'k' || last == 'm' || last == 'g') {
                unit = last == 'k' ? 1024L : last == 'm' ? 1024L * 1024 : 1024L * 1024 * 1024;
                t = t.substring(0, t.length() - 1);
            }
            try {
                long n = Long.parseLong(t);
                if (n > 0) {
                    return n * unit;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new IllegalArgumentException(flag + " must be a size like 512m or 1g, got '" + s + "'");
        }
    }
}
