package brussels.maillage.care.cases;

import java.time.LocalDate;

/**
 * A case to open, checked.
 *
 * @param programme programme code
 * @param bassin bassin code
 * @param referredOn the day it was referred
 */
record NewCase(String programme, String bassin, LocalDate referredOn) {
}
