// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Attache",
    products: [
        .executable(name: "attache", targets: ["attache"]),
        .library(name: "KnowledgeBase", targets: ["KnowledgeBase"]),
        .library(name: "Extraction", targets: ["Extraction"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(name: "SQLite", dependencies: ["CSQLite"]),
        .target(
            name: "Extraction",
            exclude: ["ReferenceData"]
        ),
        .target(name: "KnowledgeBase", dependencies: ["SQLite", "Extraction"]),
        // `attache report`: the HTML page drawn from KnowledgeBase's typed results (no SQL here).
        .target(name: "HTMLReport", dependencies: ["KnowledgeBase", "Extraction"]),
        .executableTarget(
            name: "attache",
            dependencies: [
                "KnowledgeBase", "Extraction", "HTMLReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `swift run -c release attache-bench`: the benchmark of issue 7 (see README, "Performance").
        .executableTarget(
            name: "attache-bench",
            dependencies: [
                "KnowledgeBase", "Extraction", "SQLite", "HTMLReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "SQLiteTests", dependencies: ["SQLite"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction"]),
        .testTarget(name: "HTMLReportTests", dependencies: ["HTMLReport", "KnowledgeBase", "Extraction"]),
        .testTarget(name: "KnowledgeBaseTests", dependencies: ["KnowledgeBase", "SQLite", "Extraction"]),
        // Fuzzing, pathological text and database faults, through the library (no binary).
        .testTarget(name: "ReliabilityTests", dependencies: ["KnowledgeBase", "SQLite", "Extraction"]),
        // Runs the built `attache` binary; depending on the target makes `swift test` build it first.
        .testTarget(name: "EndToEndTests", dependencies: ["attache", "KnowledgeBase", "Extraction", "SQLite"]),
    ]
)
