import Extraction
import Foundation

/// The items of `ArticleFiles` with the facts of each article, extracted on several threads and
/// handed out in input order, for one writer to store.
///
/// Inputs are read on the thread that iterates (reading is cheap next to extraction), at most
/// `window` ahead of the item last handed out, so memory stays bounded whatever the corpus.
/// Extraction is pure (`Extractor` is `Sendable`), so the threads share nothing but the queue.
public final class ExtractedArticles: Sequence, IteratorProtocol {
    /// An input with its facts; a failure has none.
    public struct Element: Sendable {
        public let item: ArticleFiles.Item
        public let facts: Facts?
    }

    private let inputs: ArticleFiles.Iterator
    private let queue: WorkQueue
    private let window: Int
    private var read = 0
    private var handedOut = 0
    private var exhausted = false

    /// Starts `threads` extraction threads (at least one) over `files`, reading up to `window`
    /// inputs ahead of the consumer.
    public init(files: ArticleFiles, extractor: Extractor = Extractor(), threads: Int, window: Int? = nil) {
        inputs = files.makeIterator()
        let threads = Swift.max(1, threads)
        self.window = Swift.max(1, window ?? threads * 32)
        queue = WorkQueue()
        for _ in 0..<threads {
            let queue = queue
            let thread = Thread { queue.work(extractor) }
            thread.name = "attache extraction"
            thread.start()
        }
    }

    deinit { queue.close() }

    /// The next input in order, with its facts; nil after the last.
    public func next() -> Element? {
        while !exhausted, read - handedOut < window {
            guard let item = inputs.next() else {
                exhausted = true
                break
            }
            queue.submit(item, number: read)
            read += 1
        }
        guard handedOut < read else { return nil }
        let element = queue.result(number: handedOut)
        handedOut += 1
        return element
    }

    /// Inputs waiting for a thread, and results waiting for the consumer, under one lock.
    private final class WorkQueue: @unchecked Sendable {
        // Every stored property below is read and written only while `condition` is locked.
        private let condition = NSCondition()
        private var waiting: [(number: Int, item: ArticleFiles.Item)] = []
        private var next = 0
        private var done: [Int: Element] = [:]
        private var closed = false

        func submit(_ item: ArticleFiles.Item, number: Int) {
            condition.lock()
            waiting.append((number, item))
            condition.broadcast()
            condition.unlock()
        }

        /// Blocks until the result of input `number` is ready, and takes it.
        func result(number: Int) -> Element {
            condition.lock()
            defer { condition.unlock() }
            while true {
                if let element = done.removeValue(forKey: number) { return element }
                condition.wait()
            }
        }

        /// Stops the threads once they finish the article in hand.
        func close() {
            condition.lock()
            closed = true
            condition.broadcast()
            condition.unlock()
        }

        /// A thread's loop: take the oldest input, extract it, post the result.
        func work(_ extractor: Extractor) {
            while true {
                condition.lock()
                while next == waiting.count, !closed { condition.wait() }
                if closed {
                    condition.unlock()
                    return
                }
                let (number, item) = waiting[next]
                next += 1
                if next > 256, next * 2 > waiting.count {
                    waiting.removeFirst(next)
                    next = 0
                }
                condition.unlock()

                let facts: Facts?
                if case .article(let article, _) = item { facts = extractor.extract(article) } else { facts = nil }

                condition.lock()
                done[number] = Element(item: item, facts: facts)
                condition.broadcast()
                condition.unlock()
            }
        }
    }
}

/// Iterating belongs to one thread; the extraction threads only see the shared queue.
@available(*, unavailable)
extension ExtractedArticles: Sendable {}
