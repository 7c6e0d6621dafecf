import Foundation

/// A point on the canvas, in SVG user units (y grows downwards).
public struct Point: Equatable, Sendable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// An undirected graph with weighted edges between nodes `0..<nodeCount`.
public struct Graph: Equatable, Sendable {
    public struct Edge: Equatable, Sendable {
        public var a: Int
        public var b: Int
        /// How strongly the two attract: meetings together.
        public var weight: Double

        public init(a: Int, b: Int, weight: Double) {
            self.a = a
            self.b = b
            self.weight = weight
        }
    }

    public var nodeCount: Int
    public var edges: [Edge]

    public init(nodeCount: Int, edges: [Edge]) {
        self.nodeCount = nodeCount
        self.edges = edges
    }
}

/// A force-directed layout (Fruchterman and Reingold, 1991) that gives the same picture for the
/// same graph: nodes start on a golden-angle spiral in their order (put the most connected first
/// and they start in the middle), forces run a fixed number of rounds with a cooling step, and
/// the result is scaled into the canvas less a margin. No randomness, no clock.
///
/// Coincident nodes are pushed apart along a direction fixed by their indexes, so no distance is
/// ever zero and no position NaN; a weak pull to the centre keeps separate groups on the canvas.
public struct NetworkLayout: Sendable {
    public var width: Double
    public var height: Double
    /// Kept free on every side, for node radii and labels.
    public var margin: Double
    public var iterations: Int

    public init(width: Double, height: Double, margin: Double = 24, iterations: Int = 300) {
        self.width = width
        self.height = height
        self.margin = margin
        self.iterations = iterations
    }

    /// One position per node of `graph`, each inside `margin…width-margin` × `margin…height-margin`.
    ///
    /// Each group of connected people is laid out on its own, then the groups are packed in rows,
    /// the largest first, so that a few pairs apart from the rest do not squeeze the main group
    /// into a corner.
    public func positions(for graph: Graph) -> [Point] {
        let n = graph.nodeCount
        guard n > 0 else { return [] }
        guard n > 1 else { return [Point(x: width / 2, y: height / 2)] }
        var xs = [Double](repeating: 0, count: n)
        var ys = [Double](repeating: 0, count: n)
        // Shelf packing: each component in a square of side √size (in units of k = 1), rows as
        // wide as the canvas's shape asks for the whole.
        let components = Self.components(of: graph)
        let aspect = max(0.2, (width - 2 * margin) / max(1, height - 2 * margin))
        let rowWidth = max(1, (Double(n) * aspect).squareRoot() * 1.6)
        var cursorX = 0.0
        var cursorY = 0.0
        var rowHeight = 0.0
        for component in components {
            let side = Double(component.count).squareRoot() * 1.6
            if cursorX > 0, cursorX + side > rowWidth {
                cursorX = 0
                cursorY += rowHeight
                rowHeight = 0
            }
            let local = Self.forces(component: component, graph: graph, iterations: iterations)
            let (minX, maxX) = (local.map(\.x).min() ?? 0, local.map(\.x).max() ?? 0)
            let (minY, maxY) = (local.map(\.y).min() ?? 0, local.map(\.y).max() ?? 0)
            let inner = side * 0.8
            let scale = min(maxX > minX ? inner / (maxX - minX) : 1, maxY > minY ? inner / (maxY - minY) : 1)
            for (node, point) in zip(component, local) {
                xs[node] = cursorX + side * 0.1 + (point.x - minX) * scale + (maxX > minX ? 0 : inner / 2)
                ys[node] = cursorY + side * 0.1 + (point.y - minY) * scale + (maxY > minY ? 0 : inner / 2)
            }
            cursorX += side
            rowHeight = max(rowHeight, side)
        }
        return fitted(xs: xs, ys: ys)
    }

    /// The connected groups of `graph`, the largest first (then by their first node), each in node order.
    static func components(of graph: Graph) -> [[Int]] {
        var parent = Array(0..<graph.nodeCount)
        func root(_ node: Int) -> Int {
            var node = node
            while parent[node] != node {
                parent[node] = parent[parent[node]]
                node = parent[node]
            }
            return node
        }
        for edge in graph.edges where edge.a != edge.b && edge.a < graph.nodeCount && edge.b < graph.nodeCount {
            let (a, b) = (root(edge.a), root(edge.b))
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        var groups: [Int: [Int]] = [:]
        for node in 0..<graph.nodeCount { groups[root(node), default: []].append(node) }
        return groups.values.sorted { ($1.count, $0[0]) < ($0.count, $1[0]) }
    }

    /// Fruchterman–Reingold on one component, with k = 1, from a golden-angle spiral in node order.
    static func forces(component: [Int], graph: Graph, iterations: Int) -> [Point] {
        let n = component.count
        guard n > 1 else { return [Point(x: 0, y: 0)] }
        let local = Dictionary(uniqueKeysWithValues: component.enumerated().map { ($0.element, $0.offset) })
        let edges = graph.edges.compactMap { edge -> (Int, Int, Double)? in
            guard edge.a != edge.b, let a = local[edge.a], let b = local[edge.b] else { return nil }
            return (a, b, edge.weight)
        }
        let k = 1.0
        // The golden-angle spiral fills a disc evenly, node 0 at its centre.
        let golden = Double.pi * (3 - 5.0.squareRoot())
        var xs = (0..<n).map { i in (Double(i) + 0.5).squareRoot() * 0.5 * cos(Double(i) * golden) }
        var ys = (0..<n).map { i in (Double(i) + 0.5).squareRoot() * 0.5 * sin(Double(i) * golden) }
        let maxWeight = edges.map(\.2).max() ?? 1
        // A tie pulls less the more ties its ends have, so that a crowded meeting (everyone tied
        // to everyone) spreads out instead of collapsing into a knot.
        var degree = [Double](repeating: 0, count: n)
        for (a, b, _) in edges { degree[a] += 1; degree[b] += 1 }
        var dx = [Double](repeating: 0, count: n)
        var dy = [Double](repeating: 0, count: n)
        var temperature = Double(n).squareRoot() * 0.5
        let cooling = temperature / Double(max(1, iterations))
        for _ in 0..<iterations {
            for i in 0..<n { dx[i] = 0; dy[i] = 0 }
            for i in 0..<n {
                for j in (i + 1)..<n {
                    var ddx = xs[i] - xs[j]
                    var ddy = ys[i] - ys[j]
                    var distance2 = ddx * ddx + ddy * ddy
                    if distance2 < 1e-9 {
                        // Apart along a direction of their own: deterministic, never zero.
                        let angle = Double(i * 31 + j * 17)
                        ddx = cos(angle) * 1e-3
                        ddy = sin(angle) * 1e-3
                        distance2 = 1e-6
                    }
                    let force = k * k / distance2  // k²/d along the unit vector (ddx, ddy)/d
                    dx[i] += ddx * force; dy[i] += ddy * force
                    dx[j] -= ddx * force; dy[j] -= ddy * force
                }
            }
            for (a, b, weight) in edges {
                let ddx = xs[a] - xs[b]
                let ddy = ys[a] - ys[b]
                let distance = (ddx * ddx + ddy * ddy).squareRoot()
                // d²/k; stronger ties pull up to twice as hard
                let force = distance / k * (1 + weight / maxWeight) * 2 / (degree[a] * degree[b]).squareRoot()
                dx[a] -= ddx * force; dy[a] -= ddy * force
                dx[b] += ddx * force; dy[b] += ddy * force
            }
            for i in 0..<n {
                // A weak pull to the centre keeps loosely tied members near the rest.
                dx[i] -= xs[i] * 0.05
                dy[i] -= ys[i] * 0.05
                let length = (dx[i] * dx[i] + dy[i] * dy[i]).squareRoot()
                guard length > 0, length.isFinite else { continue }
                let step = min(length, temperature)
                xs[i] += dx[i] / length * step
                ys[i] += dy[i] / length * step
            }
            temperature = max(temperature - cooling, 0.005)
        }
        return zip(xs, ys).map { Point(x: $0, y: $1) }
    }

    /// The positions stretched to the canvas less its margin, each axis on its own (labels run
    /// across, so a wide picture reads better than a round one in the middle of a wide canvas);
    /// an axis with no spread is centred.
    private func fitted(xs: [Double], ys: [Double]) -> [Point] {
        func fit(_ values: [Double], length: Double) -> [Double] {
            let (low, high) = (values.min() ?? 0, values.max() ?? 0)
            let inner = max(0, length - 2 * margin)
            guard high > low, (high - low).isFinite else { return values.map { _ in length / 2 } }
            return values.map { value in
                let position = margin + (value - low) / (high - low) * inner
                return position.isFinite ? min(max(position, margin), length - margin) : length / 2
            }
        }
        return zip(fit(xs, length: width), fit(ys, length: height)).map { Point(x: $0, y: $1) }
    }
}
