package com.carerounds.benchmark.literature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads Solomon's VRPTW text format and Cordeau's PVRP format (type 1), told apart by their first
 * line: Solomon's is the instance name, Cordeau's four numbers.
 */
final class InstanceReader {

    private InstanceReader() {
    }

    static Instance read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file).stream().map(String::trim).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + " is empty");
        }
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        try {
            return lines.get(0).matches("[\\d\\s]+") ? cordeau(name, lines) : solomon(name, lines);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + " is neither a Solomon nor a Cordeau PVRP file: " + e.getMessage(),
                    e);
        }
    }

    private static Instance solomon(String name, List<String> lines) {
        int vehicleHeader = lines.indexOf("VEHICLE");
        if (vehicleHeader < 0) {
            throw new IllegalArgumentException("no VEHICLE section");
        }
        double[] fleet = numbers(lines.get(vehicleHeader + 2));
        int customerHeader = lines.indexOf("CUSTOMER");
        List<Instance.Node> nodes = new ArrayList<>();
        for (String line : lines.subList(customerHeader + 1, lines.size())) {
            if (!Character.isDigit(line.charAt(0))) {
                continue; // the column titles
            }
            double[] v = numbers(line);
            nodes.add(new Instance.Node((int) v[0], v[1], v[2], v[6], (int) v[3], v[4], v[5], 1, new long[] {1}));
        }
        return new Instance(name, Instance.Family.SOLOMON, nodes.get(0), nodes.subList(1, nodes.size()), 1,
                (int) fleet[0], new int[] {(int) fleet[1]}, new double[] {0});
    }

    private static Instance cordeau(String name, List<String> lines) {
        double[] head = numbers(lines.get(0));
        if (head[0] != 1) {
            throw new IllegalArgumentException("problem type " + (int) head[0] + " is not 1 (PVRP)");
        }
        int vehicles = (int) head[1];
        int days = (int) head[3];
        if (days > Long.SIZE) {
            throw new IllegalArgumentException("more than 64 days");
        }
        int[] capacity = new int[days];
        double[] maxDuration = new double[days];
        for (int d = 0; d < days; d++) {
            double[] dq = numbers(lines.get(1 + d));
            maxDuration[d] = dq[0];
            capacity[d] = (int) dq[1];
        }
        List<Instance.Node> nodes = new ArrayList<>();
        for (String line : lines.subList(1 + days, lines.size())) {
            double[] v = numbers(line);
            int frequency = (int) v[5];
            int combinations = (int) v[6];
            long[] patterns = new long[combinations];
            for (int a = 0; a < combinations; a++) {
                patterns[a] = leftToRight((long) v[7 + a], days);
            }
            nodes.add(new Instance.Node((int) v[0], v[1], v[2], v[3], (int) v[4], 0, Double.POSITIVE_INFINITY,
                    frequency, patterns));
        }
        List<Instance.Node> customers = nodes.subList(1, nodes.size()).stream().filter(n -> n.frequency() > 0).toList();
        return new Instance(name, Instance.Family.CORDEAU, nodes.get(0), customers, days, vehicles, capacity,
                maxDuration);
    }

    /** Cordeau writes day 1 as the leftmost of t bits; bit i of the result is day i + 1. */
    static long leftToRight(long fileMask, int days) {
        long mask = 0;
        for (int day = 0; day < days; day++) {
            if ((fileMask & (1L << (days - 1 - day))) != 0) {
                mask |= 1L << day;
            }
        }
        return mask;
    }

    private static double[] numbers(String line) {
        return Arrays.stream(line.split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }
}
