import Testing

@testable import HTMLReport

@Suite("Label placement", .tags(.small))
struct LabelPlacementTests {
    let placement = LabelPlacement(width: 400, height: 300, fontSize: 11, limit: 40)

    /// Nodes on a grid `spacing` apart, named so that labels are of varied lengths.
    func grid(_ count: Int, spacing: Double) -> [LabelPlacement.Node] {
        (0..<count).map { i in
            LabelPlacement.Node(centre: Point(x: 30 + Double(i % 8) * spacing, y: 30 + Double(i / 8) * spacing), radius: 5,
                                label: String(repeating: "Name", count: 1 + i % 3))
        }
    }

    @Test("Labels drawn never overlap one another or another node, and stay on the canvas",
          arguments: [12.0, 25.0, 45.0])
    func noOverlap(spacing: Double) {
        let nodes = grid(40, spacing: spacing)
        let boxes = placement.place(nodes)
        let placed = boxes.sorted { $0.key < $1.key }
        for (i, a) in placed.enumerated() {
            #expect(a.value.x >= 0 && a.value.y >= 0 && a.value.x + a.value.width <= 400 && a.value.y + a.value.height <= 300)
            for b in placed[(i + 1)...] { #expect(!a.value.overlaps(b.value), "labels \(a.key) and \(b.key)") }
            for (index, node) in nodes.enumerated() where index != a.key {
                let circle = Box(x: node.centre.x - node.radius, y: node.centre.y - node.radius, width: 2 * node.radius, height: 2 * node.radius)
                #expect(!a.value.overlaps(circle), "label \(a.key) over node \(index)")
            }
        }
    }

    @Test("With room, every node gets its label; crowded, the first in priority do and the rest wait for hover")
    func priority() {
        #expect(placement.place(grid(8, spacing: 45)).count == 8)
        let crowded = placement.place(grid(40, spacing: 12))
        #expect(crowded.keys.contains(0))
        #expect(crowded.count < 40)
    }

    @Test("No more labels than the limit, and the same nodes give the same labels")
    func limitAndDeterminism() {
        let few = LabelPlacement(width: 2000, height: 2000, limit: 3)
        let nodes = grid(16, spacing: 200)
        #expect(few.place(nodes).keys.sorted() == [0, 1, 2])
        #expect(placement.place(grid(40, spacing: 25)) == placement.place(grid(40, spacing: 25)))
    }
}
