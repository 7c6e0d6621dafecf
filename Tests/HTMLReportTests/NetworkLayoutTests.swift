import Testing

@testable import HTMLReport

@Suite("Network layout", .tags(.small))
struct NetworkLayoutTests {
    static let layout = NetworkLayout(width: 600, height: 400, margin: 20, iterations: 200)

    /// Small graphs of every awkward shape: empty, one node, a pair, a triangle, a star, two
    /// groups with no tie between them, a self-loop and a repeated edge, isolated nodes.
    static let graphs: [(String, Graph)] = [
        ("empty", Graph(nodeCount: 0, edges: [])),
        ("one node", Graph(nodeCount: 1, edges: [])),
        ("a pair", Graph(nodeCount: 2, edges: [.init(a: 0, b: 1, weight: 1)])),
        ("two strangers", Graph(nodeCount: 2, edges: [])),
        ("a triangle", Graph(nodeCount: 3, edges: [.init(a: 0, b: 1, weight: 1), .init(a: 1, b: 2, weight: 2), .init(a: 0, b: 2, weight: 1)])),
        ("a star", Graph(nodeCount: 6, edges: (1..<6).map { .init(a: 0, b: $0, weight: Double($0)) })),
        ("two groups", Graph(nodeCount: 6, edges: [.init(a: 0, b: 1, weight: 1), .init(a: 1, b: 2, weight: 1),
                                                   .init(a: 3, b: 4, weight: 1), .init(a: 4, b: 5, weight: 1)])),
        ("a loop and a repeat", Graph(nodeCount: 3, edges: [.init(a: 0, b: 0, weight: 5), .init(a: 0, b: 1, weight: 1),
                                                             .init(a: 0, b: 1, weight: 1)])),
        ("ten alone", Graph(nodeCount: 10, edges: [])),
        ("a 200-person crowd", crowd(200)),
    ]

    /// A graph of `n` people whose ties come from a fixed generator (no randomness).
    static func crowd(_ n: Int) -> Graph {
        var edges: [Graph.Edge] = []
        var state: UInt64 = 42
        for _ in 0..<(n * 3) {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let a = Int((state >> 33) % UInt64(n))
            let b = Int((state >> 13) % UInt64(n))
            edges.append(.init(a: a, b: b, weight: Double(1 + (state >> 60))))
        }
        return Graph(nodeCount: n, edges: edges)
    }

    @Test("Every position is a number inside the canvas, less its margin", arguments: graphs.map(\.0))
    func insideCanvas(name: String) throws {
        let graph = try #require(Self.graphs.first { $0.0 == name }?.1)
        let positions = Self.layout.positions(for: graph)
        #expect(positions.count == graph.nodeCount)
        for point in positions {
            #expect(point.x.isFinite && point.y.isFinite)
            #expect(point.x >= 20 && point.x <= 580 && point.y >= 20 && point.y <= 380, "\(point)")
        }
    }

    @Test("The same graph gives the same picture", arguments: graphs.map(\.0))
    func deterministic(name: String) throws {
        let graph = try #require(Self.graphs.first { $0.0 == name }?.1)
        #expect(Self.layout.positions(for: graph) == Self.layout.positions(for: graph))
    }

    @Test("No two nodes of a small graph land on the same spot")
    func apart() {
        for (name, graph) in Self.graphs where graph.nodeCount <= 10 {
            let positions = Self.layout.positions(for: graph)
            for i in positions.indices {
                for j in positions.indices where j > i {
                    let distance = ((positions[i].x - positions[j].x) * (positions[i].x - positions[j].x)
                        + (positions[i].y - positions[j].y) * (positions[i].y - positions[j].y)).squareRoot()
                    #expect(distance > 10, "\(name): nodes \(i) and \(j)")
                }
            }
        }
    }

    @Test("People who met sit closer together than people of two groups with no tie")
    func groupsStayTogether() {
        // Two triangles joined by one tie between 2 and 3.
        let edges: [Graph.Edge] = [.init(a: 0, b: 1, weight: 1), .init(a: 1, b: 2, weight: 1), .init(a: 0, b: 2, weight: 1),
                                   .init(a: 3, b: 4, weight: 1), .init(a: 4, b: 5, weight: 1), .init(a: 3, b: 5, weight: 1),
                                   .init(a: 2, b: 3, weight: 1)]
        let p = Self.layout.positions(for: Graph(nodeCount: 6, edges: edges))
        func distance(_ a: Int, _ b: Int) -> Double { ((p[a].x - p[b].x) * (p[a].x - p[b].x) + (p[a].y - p[b].y) * (p[a].y - p[b].y)).squareRoot() }
        let within = [distance(0, 1), distance(1, 2), distance(0, 2), distance(3, 4), distance(4, 5), distance(3, 5)].reduce(0, +) / 6
        let across = [distance(0, 4), distance(0, 5), distance(1, 4), distance(1, 5)].reduce(0, +) / 4
        #expect(within < across)
    }

    @Test("Connected groups are found, the largest first")
    func components() {
        let graph = Graph(nodeCount: 6, edges: [.init(a: 4, b: 5, weight: 1), .init(a: 0, b: 3, weight: 1), .init(a: 3, b: 5, weight: 1)])
        #expect(NetworkLayout.components(of: graph) == [[0, 3, 4, 5], [1], [2]])
    }
}
