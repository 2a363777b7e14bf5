package dev.eager.workload.kotlin

import dev.eager.workload.ChainStack
import dev.eager.workload.IntStack
import dev.eager.workload.Leaf
import dev.eager.workload.Shape
import dev.eager.workload.WorkloadProvider
import java.util.concurrent.CompletableFuture
import kotlinx.coroutines.DelicateCoroutinesApi
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.GlobalScope
import kotlinx.coroutines.future.future
import kotlinx.coroutines.runBlocking

/**
 * Registers peer `kotlin`: the sync API is `runBlocking`, the async one `future { }`, both as a
 * Kotlin user would write them.
 *
 * The async call runs on `Dispatchers.Unconfined`: like our `CompletableFuture` strategies it
 * starts on the caller's thread and resumes on the thread that completes the I/O, so no thread
 * hop is measured that the others do not pay.
 */
class ChainWorkload : WorkloadProvider {
    override fun strategy(): String = "kotlin"

    override fun order(): Int = 110

    override fun group(): String = "peers"

    override fun chain(depth: Int, leaf: Leaf, shape: Shape): IntStack {
        val entry = when (shape) {
            Shape.METHODS -> Chain(leaf).entry(depth)
            Shape.CLASSES -> ClassChain.entry(leaf, depth)
        }
        return object : ChainStack(strategy(), depth) {
            override fun eagerAsInt(x: Int): Int = runBlocking { entry(x) }

            // Each async call is a top-level call whose lifetime is its future, as with
            // CompletableFuture: no parent scope to outlive it.
            @OptIn(DelicateCoroutinesApi::class)
            override fun asyncAsInt(x: Int): CompletableFuture<Int> =
                GlobalScope.future(Dispatchers.Unconfined) { entry(x) }
        }
    }
}
