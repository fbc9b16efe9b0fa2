package brussels.maillage.system.database;

import java.nio.file.Path;

/**
 * Another running process holds the data folder: starting here would take its database
 * away.
 */
class DataFolderInUseException extends IllegalStateException {

	private final transient DataFolderLock.Owner owner;

	DataFolderInUseException(Path dataDir, DataFolderLock.Owner owner) {
		super("The data folder " + dataDir + " is in use by another running Maillage (" + owner.describe()
				+ "). Stop that one first, or give this one another folder (MAILLAGE_DATA_DIR). A backup can be taken"
				+ " beside it with --maillage.backup=FILE.");
		this.owner = owner;
	}

	/** Who holds the folder. */
	public DataFolderLock.Owner owner() {
		return this.owner;
	}

}
