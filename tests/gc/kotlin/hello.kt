sealed class Expr
data class Num(val v: Int) : Expr()
data class Add(val l: Expr, val r: Expr) : Expr()
data class Mul(val l: Expr, val r: Expr) : Expr()

fun eval(e: Expr): Int = when (e) {
    is Num -> e.v
    is Add -> eval(e.l) + eval(e.r)
    is Mul -> eval(e.l) * eval(e.r)
}

fun fib(n: Int): Long = if (n < 2) n.toLong() else fib(n - 1) + fib(n - 2)

fun main() {
    println("Hello from Kotlin/Wasm")
    val e = Add(Num(2), Mul(Num(3), Num(7)))
    println("eval($e) = ${eval(e)}")
    val xs = (1..10).map { it * it }.filter { it % 2 == 1 }
    println("odd squares: $xs sum=${xs.sum()}")
    val m = HashMap<String, Int>()
    for (w in "the quick brown fox jumps over the lazy dog the end".split(" ")) m[w] = (m[w] ?: 0) + 1
    println("counts: " + m.entries.sortedBy { it.key }.joinToString { "${it.key}=${it.value}" })
    println("fib(25) = ${fib(25)}")
    val sb = StringBuilder()
    for (i in 0 until 5) sb.append(i).append(',')
    println(sb.toString())
}
