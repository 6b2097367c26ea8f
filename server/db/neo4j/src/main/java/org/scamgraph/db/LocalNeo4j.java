// Runs Neo4j Community embedded with Bolt on 127.0.0.1 for Scamgraph's local mode.
package org.scamgraph.db;

import java.nio.file.Path;
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
 * accepts queries, and shuts down cleanly on SIGTERM / SIGINT (JVM shutdown hook).
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
  }
}
