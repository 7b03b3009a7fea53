package com.carerounds.solver;

/**
 * A place on the plane of the travel model: longitude and latitude for real centers, plain x and y
 * for literature instances.
 */
public record Point(double x, double y) {
}
