;; The sum of 1..=n in a loop: `onepass run --invoke sum examples/sum.wat 100` prints 5050,
;; `onepass inspect examples/sum.wat` shows the code onepass makes of it.
(module
  (func (export "sum") (param $n i32) (result i32)
    (local $total i32)
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $total (i32.add (local.get $total) (local.get $n)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $next)))
    (local.get $total)))
