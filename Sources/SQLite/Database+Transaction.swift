import CSQLite

extension Database {
    /// How a transaction takes its lock.
    ///
    /// <https://www.sqlite.org/lang_transaction.html>
    public enum TransactionKind: String, Sendable {
        case deferred = "DEFERRED"
        case immediate = "IMMEDIATE"
        case exclusive = "EXCLUSIVE"
    }

    /// Runs `body` inside a transaction: commits when it returns, rolls back when it throws and
    /// rethrows the body's error (never a ROLLBACK's own).
    ///
    /// Write transactions take the lock at BEGIN (IMMEDIATE), so that a busy database fails
    /// before any work is done rather than at the first write.
    ///
    /// <https://www.sqlite.org/lang_transaction.html>
    public func transaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
        try execute("BEGIN \(kind.rawValue) TRANSACTION")
        let result: T
        do {
            result = try body()
        } catch {
            rollbackIfNeeded()
            throw error
        }
        do {
            try execute("COMMIT TRANSACTION")
        } catch {
            rollbackIfNeeded()
            throw error
        }
        return result
    }

    /// Runs `body` inside a savepoint, nested in the current transaction: released when it
    /// returns, rolled back to (and released) when it throws.
    ///
    /// <https://www.sqlite.org/lang_savepoint.html>
    public func savepoint<T>(_ name: String = "attache", _ body: () throws -> T) throws -> T {
        precondition(name.allSatisfy { $0.isLetter || $0 == "_" }, "savepoint names are identifiers")
        try execute("SAVEPOINT \(name)")
        do {
            let result = try body()
            try execute("RELEASE SAVEPOINT \(name)")
            return result
        } catch {
            // > The ROLLBACK TO command reverts the state of the database back to what it was just after
            // > the corresponding SAVEPOINT. … the ROLLBACK TO command does not cancel the transaction.
            if !isAutocommit {
                try? execute("ROLLBACK TRANSACTION TO SAVEPOINT \(name)")
                try? execute("RELEASE SAVEPOINT \(name)")
            }
            throw error
        }
    }

    private func rollbackIfNeeded() {
        // > If certain kinds of errors occur within a transaction, the transaction may or may not be
        // > rolled back automatically.
        if !isAutocommit { try? execute("ROLLBACK TRANSACTION") }
    }
}
