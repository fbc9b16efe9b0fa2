package brussels.maillage.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import brussels.maillage.system.DisclosedTable.Hidden;

/**
 * What a reader can work out of a table with hidden entries, which
 * {@link SecondarySuppression} must prevent: the entries the shown ones determine through
 * the table's equations, alone or together, and the entries that the equations and the
 * labels' bounds pin to one value.
 */
final class Recomputation {

	private static final double EPSILON = 1e-9;

	private final List<int[]> equations;

	private final List<int[]> signs;

	private final long[] values;

	private final Hidden[] hidden;

	private final int threshold;

	/**
	 * A table's equations (entries with their signs, each summing to zero) over its
	 * values, of which the {@code hidden} ones are not published.
	 */
	Recomputation(List<int[]> equations, List<int[]> signs, long[] values, Hidden[] hidden, int threshold) {
		this.equations = equations;
		this.signs = signs;
		this.values = values;
		this.hidden = hidden;
		this.threshold = threshold;
	}

	/**
	 * The hidden entries that the shown ones determine: Gauss-Jordan elimination of the
	 * equations restricted to the hidden entries.
	 */
	int[] recomputable() {
		int[] unknowns = IntStream.range(0, this.values.length)
			.filter((entry) -> this.hidden[entry] != Hidden.NONE)
			.toArray();
		double[][] matrix = new double[this.equations.size()][unknowns.length];
		for (int line = 0; line < this.equations.size(); line++) {
			int[] equation = this.equations.get(line);
			for (int position = 0; position < equation.length; position++) {
				int unknown = Arrays.binarySearch(unknowns, equation[position]);
				if (unknown >= 0) {
					matrix[line][unknown] = this.signs.get(line)[position];
				}
			}
		}
		int pivotRow = 0;
		for (int column = 0; column < unknowns.length && pivotRow < matrix.length; column++) {
			int best = pivotRow;
			for (int line = pivotRow + 1; line < matrix.length; line++) {
				if (Math.abs(matrix[line][column]) > Math.abs(matrix[best][column])) {
					best = line;
				}
			}
			if (Math.abs(matrix[best][column]) < EPSILON) {
				continue;
			}
			double[] swap = matrix[pivotRow];
			matrix[pivotRow] = matrix[best];
			matrix[best] = swap;
			double pivot = matrix[pivotRow][column];
			for (int other = 0; other < unknowns.length; other++) {
				matrix[pivotRow][other] /= pivot;
			}
			for (int line = 0; line < matrix.length; line++) {
				double factor = matrix[line][column];
				if (line != pivotRow && Math.abs(factor) > EPSILON) {
					for (int other = 0; other < unknowns.length; other++) {
						matrix[line][other] -= factor * matrix[pivotRow][other];
					}
				}
			}
			pivotRow++;
		}
		List<Integer> found = new ArrayList<>();
		for (double[] line : matrix) {
			int alone = -1;
			int nonZero = 0;
			for (int column = 0; column < unknowns.length; column++) {
				if (Math.abs(line[column]) > EPSILON) {
					nonZero++;
					alone = column;
				}
			}
			if (nonZero == 1) {
				found.add(unknowns[alone]);
			}
		}
		return found.stream().mapToInt(Integer::intValue).toArray();
	}

	/**
	 * The hidden entries that the shown ones and what the labels tell (a "&lt;5" cell
	 * holds 1 to 4, an "x" cell at least 5) pin to one value: the bounds of each hidden
	 * entry are narrowed from every equation until they no longer change.
	 */
	int[] pinnedByBounds() {
		double[] low = new double[this.values.length];
		double[] high = new double[this.values.length];
		for (int entry = 0; entry < this.values.length; entry++) {
			switch (this.hidden[entry]) {
				case NONE -> {
					low[entry] = this.values[entry];
					high[entry] = this.values[entry];
				}
				case SMALL -> {
					low[entry] = 1;
					high[entry] = this.threshold - 1;
				}
				case PROTECTING -> {
					low[entry] = this.threshold;
					high[entry] = Double.POSITIVE_INFINITY;
				}
			}
		}
		boolean narrowed = true;
		for (int round = 0; narrowed && round < 100; round++) {
			narrowed = false;
			for (int line = 0; line < this.equations.size(); line++) {
				int[] equation = this.equations.get(line);
				int[] sign = this.signs.get(line);
				for (int position = 0; position < equation.length; position++) {
					int entry = equation[position];
					if (this.hidden[entry] == Hidden.NONE) {
						continue;
					}
					double othersLow = 0;
					double othersHigh = 0;
					for (int other = 0; other < equation.length; other++) {
						if (other != position) {
							int member = equation[other];
							othersLow += (sign[other] > 0) ? low[member] : -high[member];
							othersHigh += (sign[other] > 0) ? high[member] : -low[member];
						}
					}
					// sign * entry = -(others)
					double from = (sign[position] > 0) ? -othersHigh : othersLow;
					double to = (sign[position] > 0) ? -othersLow : othersHigh;
					if (Math.ceil(from) > low[entry]) {
						low[entry] = Math.ceil(from);
						narrowed = true;
					}
					if (Math.floor(to) < high[entry]) {
						high[entry] = Math.floor(to);
						narrowed = true;
					}
				}
			}
		}
		return IntStream.range(0, this.values.length)
			.filter((entry) -> this.hidden[entry] != Hidden.NONE && low[entry] >= high[entry])
			.toArray();
	}

}
