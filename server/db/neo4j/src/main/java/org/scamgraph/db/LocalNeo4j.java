// Runs Neo4j Community embedded with Bolt on 127.0.0.1 for Scamgraph's local mode.
package org.scamgraph.db;

import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Usage: java -cp ... org.scamgraph.db.LocalNeo4j <dataDir> <boltPort> [pageCacheMiB]
 *
 * Prints "SCAMGRAPH_NEO4J_READY bolt://127.0.0.1:<port>" on stdout once the default database
 * accepts queries, and shuts down cleanly on SIGTERM / SIGINT (JVM shutdown hook). With the
 * environment variable SCAMGRAPH_NEO4J_WATCH_STDIN set, it also shuts down when stdin closes.
 */
public final class LocalNeo4j {
  private LocalNeo4j() {}

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: LocalNeo4j <dataDir> <boltPort> [pageCacheMiB]");
      System.exit(2);
    }
    Path dataDir = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMiB = args.length > 2 ? Long.parseLong(args[2]) : 512;

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(dataDir)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            // Bolt's default graceful shutdown waits ~10 s for idle sockets; the clients are ours.
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
            .build();

    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("SCAMGRAPH_NEO4J_STOPPING");
                  dbms.shutdown();
                  System.out.println("SCAMGRAPH_NEO4J_STOPPED");
                },
                "scamgraph-neo4j-shutdown"));

    // Wait until the default database is available, then announce readiness.
    var db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    while (!db.isAvailable(1000)) {
      // keep waiting; recovery of a large store may take a while
    }
    System.out.println("SCAMGRAPH_NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();

    // When started by Scamgraph, stdin is a pipe from the parent: its end means the parent is gone,
    // so a killed Node process never leaves this JVM behind.
    if (System.getenv("SCAMGRAPH_NEO4J_WATCH_STDIN") != null) {
      try {
        while (System.in.read() != -1) {
          // ignore input
        }
      } catch (java.io.IOException ignored) {
        // treat like end of input
      }
      System.exit(0);
    }
  }
}
