/**
 * Cadastres of the directory: the trainings on priority themes and the mapping of the
 * orientation lines. {@link brussels.maillage.directory.cadastres.TrainingCatalogue} and
 * {@link brussels.maillage.directory.cadastres.Training} are read by other modules (a
 * Focus repertoire lists trainings).
 */
@NamedInterface("cadastres")
package brussels.maillage.directory.cadastres;

import org.springframework.modulith.NamedInterface;
