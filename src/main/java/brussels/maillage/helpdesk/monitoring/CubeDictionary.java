package brussels.maillage.helpdesk.monitoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Codes of one dimension and their indexes in this copy. */
final class CubeDictionary {

	private final List<String> codes = new ArrayList<>();

	private final Map<String, Integer> indexes = new HashMap<>();

	int index(String code) {
		return this.indexes.computeIfAbsent(code, (c) -> {
			this.codes.add(c);
			return this.codes.size() - 1;
		});
	}

	Integer find(String code) {
		return this.indexes.get(code);
	}

	String code(int index) {
		return this.codes.get(index);
	}

	int size() {
		return this.codes.size();
	}

}
