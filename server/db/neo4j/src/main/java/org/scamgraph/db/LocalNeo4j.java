// Runs Neo4j Community embedded with Bolt on 127.0.0.1 for Scamgraph's local mode.
package org.scamgraph.db;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * Usage: java -cp ... org.scamgraph.db.LocalNeo4j <dataDir> <boltPort> [pageCacheMiB]
 *
 * Prints "SCAMGRAPH_NEO4J_READY bolt://127.0.0.1:<port> auth=on|off" on stdout once the default database
 * accepts queries, and shuts down cleanly on SIGTERM / SIGINT (JVM shutdown hook). With the
 * environment variable SCAMGRAPH_NEO4J_WATCH_STDIN set, it also shuts down when stdin closes.
 *
 * <p>With SCAMGRAPH_NEO4J_PASSWORD_FILE set to a file holding a password, authentication is on: before
 * the DBMS starts, Neo4j's own {@code neo4j-admin dbms set-initial-password} writes that password to
 * data/dbms/auth.ini. Neo4j uses it for user neo4j when it creates the system database, and also on an
 * existing store whose only user is still neo4j with the default password (a store created before auth
 * was on). Without the variable, authentication is off (throwaway test and benchmark stores).
 *
 * <p>With SCAMGRAPH_NEO4J_RESET_PASSWORD=1 as well, the password of user neo4j is first set to the file's
 * with ALTER USER, in a DBMS started without Bolt (nothing can connect meanwhile): the way back from a
 * lost or replaced password file.
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
    String passwordFile = System.getenv("SCAMGRAPH_NEO4J_PASSWORD_FILE");
    boolean auth = passwordFile != null && !passwordFile.isEmpty();
    if (auth) {
      String password = readPassword(Path.of(passwordFile));
      setInitialPassword(dataDir, password);
      if ("1".equals(System.getenv("SCAMGRAPH_NEO4J_RESET_PASSWORD"))) resetPassword(dataDir, password);
    }

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(dataDir)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
            .setConfig(GraphDatabaseSettings.auth_enabled, auth)
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
    System.out.println(
        "SCAMGRAPH_NEO4J_READY bolt://127.0.0.1:" + port + " auth=" + (auth ? "on" : "off"));
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

  private static String readPassword(Path passwordFile) {
    try {
      return Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
    } catch (java.io.IOException e) {
      System.err.println("cannot read the Neo4j password file " + passwordFile + ": " + e.getMessage());
      System.exit(3);
      return "";
    }
  }

  /** Runs neo4j-admin's set-initial-password in this JVM (the password never appears on a command line). */
  private static void setInitialPassword(Path home, String password) {
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    var ctx =
        new ExecutionContext(
            home, home.resolve("conf"), quiet, System.err, new DefaultFileSystemAbstraction());
    int code = new CommandLine(new SetInitialPasswordCommand(ctx)).execute(password);
    if (code != 0) {
      System.err.println("neo4j-admin dbms set-initial-password failed (exit " + code + ")");
      System.exit(3);
    }
  }

  /** Sets user neo4j's password on an existing store, with no connector open, then shuts down. */
  private static void resetPassword(Path home, String password) {
    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, false)
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(64))
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .build();
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
          .executeTransactionally(
              "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
              java.util.Map.of("password", password));
      System.err.println(
          "the password of Neo4j user neo4j was set to the one in the password file"
              + " (SCAMGRAPH_NEO4J_RESET_PASSWORD=1)");
    } finally {
      dbms.shutdown();
    }
  }
}
