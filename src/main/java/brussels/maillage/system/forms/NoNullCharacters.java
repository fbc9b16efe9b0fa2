package brussels.maillage.system.forms;

import java.beans.PropertyEditorSupport;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Takes the null character out of every text a form or an address sends
 * ({@code @ModelAttribute} records, {@code @RequestParam}, {@code @PathVariable}): no
 * keyboard types it, PostgreSQL stores no text holding it (it refused the write, and the
 * person lost the whole form to an error page), and the rest of what was typed is kept
 * and shown again as it was. JSON bodies are read by Jackson, not bound here.
 */
@ControllerAdvice(annotations = Controller.class)
class NoNullCharacters {

	@InitBinder
	void withoutNullCharacters(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				setValue((text != null) ? text.replace("\u0000", "") : null);
			}

		});
	}

}
