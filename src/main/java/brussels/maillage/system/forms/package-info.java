/**
 * The field rules every module's forms share, as Bean Validation annotations on form
 * records (a text's length, a field filled, a choice from a list, a pattern, a day, an
 * e-mail or web address), each with the message the form gives; and {@link Refused}, a
 * change a service refuses, shown next to its field.
 */
@NamedInterface("forms")
package brussels.maillage.system.forms;

import org.springframework.modulith.NamedInterface;
