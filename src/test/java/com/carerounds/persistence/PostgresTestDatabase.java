package com.carerounds.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A throw-away PostgreSQL database for one test run. Enabled by the system property
 * {@code carerounds.test.postgres} (a JDBC URL of a server's maintenance database, as .ci/run passes it);
 * when it is set, an unreachable server fails the tests instead of skipping them.
 */
public final class PostgresTestDatabase {

    public static final String PROPERTY = "carerounds.test.postgres";
    private static String url;

    private PostgresTestDatabase() {
    }

    public static synchronized String url() {
        if (url == null) {
            url = create();
        }
        return url;
    }

    /** Another throw-away database of its own, for a test that must not share one (dropped at exit too). */
    public static String create() {
        String admin = System.getProperty(PROPERTY);
        String name = "carerounds_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(admin)) {
            c.createStatement().execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL tests were asked for (" + PROPERTY + ") but the server "
                    + "could not be reached: " + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(admin, name)));
        return admin.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
    }

    private static void drop(String admin, String name) {
        try (Connection c = DriverManager.getConnection(admin)) {
            c.createStatement().execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }
}
