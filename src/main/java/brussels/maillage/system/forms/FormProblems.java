package brussels.maillage.system.forms;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;

/**
 * The problems of a form as field → message key ({@code form} for the whole form), for
 * forms whose errors are named by rows as well as by properties ({@code session3},
 * {@code answer0}, {@code slot-1-capacity}): found from the Bean Validation constraints
 * of the form record, whose messages are message keys (written without braces, so the
 * text next to the field is that key's, never the generic {@code NotBlank} one Spring's
 * binding would look up first), put in the form's order, and shown with the fragments of
 * {@code system/forms} (a message next to each field and the error summary).
 */
public final class FormProblems {

	private FormProblems() {
	}

	/**
	 * The problems Bean Validation finds in {@code form}, one per field (a field's
	 * constraints carry keys that cannot both apply, or the same key), in the record's
	 * order.
	 */
	public static Map<String, String> of(Validator validator, Record form) {
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

	/**
	 * Puts {@code form} and its {@code problems} in the model under {@code name}, and the
	 * fields with a problem, in the order found, under {@code name + "Fields"} (for the
	 * error summary).
	 */
	public static void show(Model model, String name, Object form, Map<String, String> problems) {
		MapBindingResult errors = new MapBindingResult(new LinkedHashMap<>(), name);
		problems.forEach((field, message) -> {
			if ("form".equals(field)) {
				errors.reject(message);
			}
			else {
				errors.rejectValue(field, message);
			}
		});
		model.addAttribute(name, form);
		model.addAttribute(name + "Fields",
				problems.keySet().stream().filter((field) -> !"form".equals(field)).toList());
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
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
