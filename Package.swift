// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "briefing",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "briefing", targets: ["briefing"]),
        .library(name: "BriefingCore", targets: ["BriefingCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // The model-and-index library: articles, statements, claims, events, differences. No terminal code.
        .target(
            name: "BriefingCore",
            dependencies: ["CSearchRank", "CMallocArenas", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift")],
            resources: [.copy("Demo")]
        ),
        // The FTS5 ranking function of the index (C: SQLite's extension API is a table of C function pointers).
        .target(name: "CSearchRank", linkerSettings: [.linkedLibrary("sqlite3"), .linkedLibrary("m")]),
        // glibc's malloc arena limit (mallopt is not visible from Swift).
        .target(name: "CMallocArenas"),
        // System library over the wide-character ncurses.
        .systemLibrary(name: "CNCurses"),
        // Everything on screen except ncurses: state, commands, widgets drawing into a ScreenBuffer.
        .target(name: "BriefingTUI", dependencies: ["BriefingCore", .product(name: "TOMLKit", package: "TOMLKit")]),
        // The only code that talks to ncurses.
        .target(name: "BriefingCurses", dependencies: ["BriefingTUI", "CNCurses"]),
        // The command-line interface: ArgumentParser commands over BriefingCore and the browser.
        .target(
            name: "BriefingCLI",
            dependencies: [
                "BriefingCore", "BriefingTUI", "BriefingCurses", "BriefingFetch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "briefing", dependencies: ["BriefingCLI", "BriefingCore"]),
        // `briefing fetch`: RSS and Atom feeds into a corpus folder, over HTTP (FoundationNetworking).
        .target(name: "BriefingFetch", dependencies: ["BriefingCore"]),
        // For the crash tests only: indexes a corpus and waits inside the write transaction to be
        // killed, so the shipped `briefing` has no switch that stalls a write.
        .executableTarget(name: "briefing-test-indexer", dependencies: ["BriefingCore"]),
        // Trains the check-worthiness model from labelled sentences and writes its weights
        // into BriefingCore (`swift run -c release briefing-train FILE.jsonl …`).
        .executableTarget(name: "briefing-train", dependencies: ["BriefingCore"]),
        // Benchmarks over a generated corpus (run in release).
        .executableTarget(
            name: "briefing-bench",
            dependencies: ["BriefingCore", "BriefingTUI", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "BriefingCoreTests", dependencies: ["BriefingCore"], exclude: ["Fixtures"]),
        .testTarget(name: "BriefingTUITests", dependencies: ["BriefingTUI", "BriefingCore"], exclude: ["Snapshots"]),
        .testTarget(name: "BriefingCLITests", dependencies: ["BriefingCLI", "BriefingCore", "BriefingFetch"]),
    ],
    swiftLanguageModes: [.v6]
)
