// Allocation churn for onepass's garbage collector, in Kotlin compiled to WasmGC: a few
// hundred megabytes of short-lived objects (expression trees, lists, strings, maps) while
// some survive, checked at the end. Run in a small heap (tests/wasi.rs).
sealed class Expr
data class Num(val v: Int) : Expr()
data class Add(val l: Expr, val r: Expr) : Expr()
data class Mul(val l: Expr, val r: Expr) : Expr()

fun eval(e: Expr): Long = when (e) {
    is Num -> e.v.toLong()
    is Add -> eval(e.l) + eval(e.r)
    is Mul -> eval(e.l) * eval(e.r)
}

fun main() {
    val kept = ArrayList<Expr>()
    var total = 0L
    for (round in 0 until 3000) {
        val batch = ArrayList<Expr>()
        for (i in 0 until 1000) batch.add(Add(Num(i), Mul(Num(round % 7), Num(2))))
        total += batch.sumOf { eval(it) }
        if (round % 10 == 0) kept.add(batch[round % 1000])
        val words = HashMap<String, Int>()
        for (i in 0 until 50) words["w" + (i % 13)] = (words["w" + (i % 13)] ?: 0) + i
        total += words.values.sum()
    }
    println("total = $total")
    println("kept ${kept.size}, sum ${kept.sumOf { eval(it) }}")
    try {
        throw IllegalStateException("caught " + kept.size)
    } catch (e: IllegalStateException) {
        println(e.message)
    }
}
