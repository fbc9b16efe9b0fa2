package brussels.maillage.territory;

import java.util.Random;

import brussels.maillage.territory.reference.PlacementIndex;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Places 100,000 random points of the Brussels bounding box through
 * {@link TerritoryService#place(double, double)} and prints the mean time per point.
 * Excluded from the normal build; run it with
 * {@code ./mvnw test -Dtest=PlacementBenchmark -Dtest.excludedGroups=none}.
 */
@Tag("benchmark")
@SpringBootTest
class PlacementBenchmark {

	private static final int POINTS = 100_000;

	@Autowired
	TerritoryService territory;

	@Autowired
	PlacementIndex index;

	@Test
	void placesAPointInLessThan50MicrosecondsOnAverage() {
		Envelope box = this.index.bounds();
		double[][] warmUp = points(new Random(1), box, POINTS);
		double[][] points = points(new Random(2026), box, POINTS);
		run(warmUp);
		run(warmUp);
		long start = System.nanoTime();
		int inside = run(points);
		long elapsed = System.nanoTime() - start;
		double micros = elapsed / 1000.0 / POINTS;
		System.out.printf(
				"Territory placement: %,d random points in %.1f ms, %.2f µs per point, %d inside Brussels"
						+ " (%d processors)%n",
				POINTS, elapsed / 1e6, micros, inside, Runtime.getRuntime().availableProcessors());
		assertThat(micros).isLessThan(50);
	}

	private int run(double[][] points) {
		int inside = 0;
		for (double[] point : points) {
			if (this.territory.place(point[0], point[1]).certainty() != Certainty.OUTSIDE) {
				inside++;
			}
		}
		return inside;
	}

	private static double[][] points(Random random, Envelope box, int count) {
		double[][] points = new double[count][];
		for (int i = 0; i < count; i++) {
			points[i] = new double[] { box.getMinY() + random.nextDouble() * box.getHeight(),
					box.getMinX() + random.nextDouble() * box.getWidth() };
		}
		return points;
	}

}
