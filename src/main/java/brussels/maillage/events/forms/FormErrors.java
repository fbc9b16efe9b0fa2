package brussels.maillage.events.forms;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;

/**
 * The problems a form was refused with (field or row id → message key, {@code form} for
 * the whole form), as the errors its page shows with {@code system/forms}: a message next
 * to each field and the error summary. The keys need not be the form's properties (a row
 * of sessions, an answer to the n-th question).
 */
public final class FormErrors {

	private FormErrors() {
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

}
