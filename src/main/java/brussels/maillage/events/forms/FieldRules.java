package brussels.maillage.events.forms;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * The field rules of a form record, declared with Bean Validation, as field → message key
 * in the form's order. Each constraint's message is the key of the events bundle the
 * field shows (written without braces, so it is the key itself): the text next to the
 * field is then that key's, in the page's language, never the generic {@code NotBlank}
 * one that Spring's binding would look up first.
 */
public final class FieldRules {

	private FieldRules() {
	}

	/**
	 * The problems Bean Validation finds in {@code form}, one per field (the first in the
	 * order the record declares its constraints does not matter: a field's constraints
	 * carry keys that cannot both apply, or the same key), in the record's order.
	 */
	public static Map<String, String> problems(Validator validator, Record form) {
		Map<String, String> problems = new LinkedHashMap<>();
		validator.validate(form)
			.stream()
			.sorted(Comparator
				.comparing((ConstraintViolation<Record> violation) -> violation.getPropertyPath().toString())
				.thenComparing(ConstraintViolation::getMessageTemplate))
			.forEach((violation) -> problems.putIfAbsent(violation.getPropertyPath().toString(),
					violation.getMessageTemplate()));
		return inFormOrder(form.getClass(), problems);
	}

	/**
	 * The problems sorted in the order of the record's components, a field named after a
	 * row ({@code session3}, {@code answer0}) at the place of the component it is a row
	 * of ({@code sessionDate}, {@code answers}); anything else (the whole form) first, as
	 * it was found.
	 */
	public static Map<String, String> inFormOrder(Class<?> form, Map<String, String> problems) {
		List<String> components = Arrays.stream(form.getRecordComponents()).map(RecordComponent::getName).toList();
		Map<String, String> ordered = new LinkedHashMap<>();
		problems.entrySet()
			.stream()
			.sorted(Comparator.comparingInt((Map.Entry<String, String> entry) -> position(components, entry.getKey())))
			.forEach((entry) -> ordered.put(entry.getKey(), entry.getValue()));
		return ordered;
	}

	private static int position(List<String> components, String field) {
		int exact = components.indexOf(field);
		if (exact >= 0) {
			return exact;
		}
		String stem = field.replaceAll("[-\\d].*$", "");
		for (int i = 0; i < components.size(); i++) {
			if (!stem.isEmpty() && components.get(i).startsWith(stem)) {
				return i;
			}
		}
		return -1;
	}

}
