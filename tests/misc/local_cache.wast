;; A `local.get` soon after a `local.set`/`local.tee` from a register reuses the register
;; (src/compiler/context.rs, `local_in_reg`). Each function below changes the register, the
;; local, or the path between the two, and checks that the value read is the local's.
(module
  (memory 1)
  (func $clobber (param i32) (result i32)
    (local i32 i32 i32 i32 i32 i32)
    (local.set 1 (i32.const 101)) (local.set 2 (i32.const 102)) (local.set 3 (i32.const 103))
    (local.set 4 (i32.const 104)) (local.set 5 (i32.const 105)) (local.set 6 (i32.const 106))
    (i32.add (local.get 0)
      (i32.add (i32.add (local.get 1) (local.get 2)) (i32.add (local.get 3) (i32.add (local.get 4) (i32.add (local.get 5) (local.get 6)))))))

  ;; The tee'd value is changed in place by the add; the local keeps the old one.
  (func (export "tee_then_modify") (param i32) (result i32)
    (local i32)
    (drop (i32.add (local.tee 1 (i32.mul (local.get 0) (i32.const 3))) (i32.const 1000)))
    (local.get 1))

  ;; Two reads of one local: the first takes the register, the second copies it; changing
  ;; the first leaves the second alone.
  (func (export "two_reads") (param i32) (result i32)
    (local i32)
    (local.set 1 (i32.add (local.get 0) (i32.const 1)))
    (i32.sub (i32.shl (local.get 1) (i32.const 4)) (local.get 1)))

  ;; A call clobbers every allocatable register.
  (func (export "across_call") (param i32) (result i32)
    (local i32)
    (local.set 1 (i32.add (local.get 0) (i32.const 7)))
    (drop (call $clobber (i32.const 1)))
    (local.get 1))

  ;; Set on one path only: after the merge the register means nothing.
  (func (export "merge") (param i32 i32) (result i32)
    (local i32)
    (local.set 2 (i32.add (local.get 1) (i32.const 1)))
    (if (local.get 0) (then (local.set 2 (i32.mul (local.get 1) (i32.const 10)))))
    (local.get 2))

  ;; A loop: the value set at the end of one iteration is read at the start of the next.
  (func (export "loop") (param i32) (result i32)
    (local i32 i32)
    (loop $l
      (local.set 1 (i32.add (local.get 1) (local.get 2)))
      (local.set 2 (i32.add (local.get 2) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get 2) (local.get 0))))
    (local.get 1))

  ;; A builtin call (memory.grow) writes the system argument registers.
  (func (export "across_builtin") (param i32) (result i32)
    (local i32)
    (local.set 1 (i32.add (local.get 0) (i32.const 5)))
    (drop (memory.grow (i32.const 0)))
    (i32.add (local.get 1) (memory.size)))

  ;; Overwriting the local forgets the register; the old value stays on the stack.
  (func (export "overwrite") (param i32) (result i32)
    (local i32)
    (local.set 1 (i32.add (local.get 0) (i32.const 1)))
    (local.get 1)
    (local.set 1 (i32.const 50))
    (i32.sub (local.get 1)))

  ;; A select's conditional move, then the local again.
  (func (export "select") (param i32 i32) (result i32)
    (local i32)
    (local.set 2 (i32.add (local.get 0) (i32.const 2)))
    (i32.add
      (select (local.get 2) (local.get 1) (i32.lt_s (local.get 0) (local.get 1)))
      (local.get 2)))

  ;; Floats and i64 take the same path.
  (func (export "float") (param f64) (result f64)
    (local f64)
    (local.set 1 (f64.mul (local.get 0) (f64.const 2)))
    (f64.add (f64.sqrt (local.get 1)) (local.get 1)))
  (func (export "wide") (param i64) (result i64)
    (local i64)
    (local.set 1 (i64.add (local.get 0) (i64.const 0x100000000)))
    (i64.xor (i64.rotl (local.get 1) (i64.const 8)) (local.get 1)))

  ;; A store reads the register without changing it.
  (func (export "after_store") (param i32) (result i32)
    (local i32)
    (local.set 1 (i32.add (local.get 0) (i32.const 9)))
    (i32.store (i32.const 64) (local.get 1))
    (i32.add (local.get 1) (i32.load (i32.const 64))))

  ;; Deep expressions take every register while the local waits in one.
  (func (export "pressure") (param i32) (result i32)
    (local i32)
    (local.set 1 (i32.add (local.get 0) (i32.const 1)))
    (i32.add (local.get 1)
      (i32.add (i32.mul (local.get 0) (i32.const 2))
        (i32.add (i32.mul (local.get 0) (i32.const 3))
          (i32.add (i32.mul (local.get 0) (i32.const 4))
            (i32.add (i32.mul (local.get 0) (i32.const 5))
              (i32.add (i32.mul (local.get 0) (i32.const 6))
                (i32.add (i32.mul (local.get 0) (i32.const 7))
                  (i32.add (i32.mul (local.get 0) (i32.const 8))
                    (i32.add (i32.mul (local.get 0) (i32.const 9))
                      (i32.add (i32.mul (local.get 0) (i32.const 10)) (local.get 1))))))))))))
)
(assert_return (invoke "tee_then_modify" (i32.const 7)) (i32.const 21))
(assert_return (invoke "two_reads" (i32.const 2)) (i32.const 45))
(assert_return (invoke "across_call" (i32.const 1)) (i32.const 8))
(assert_return (invoke "merge" (i32.const 0) (i32.const 4)) (i32.const 5))
(assert_return (invoke "merge" (i32.const 1) (i32.const 4)) (i32.const 40))
(assert_return (invoke "loop" (i32.const 5)) (i32.const 10))
(assert_return (invoke "across_builtin" (i32.const 1)) (i32.const 7))
(assert_return (invoke "overwrite" (i32.const 9)) (i32.const -40))
(assert_return (invoke "select" (i32.const 1) (i32.const 5)) (i32.const 6))
(assert_return (invoke "select" (i32.const 9) (i32.const 5)) (i32.const 16))
(assert_return (invoke "float" (f64.const 8)) (f64.const 20))
(assert_return (invoke "wide" (i64.const 1)) (i64.const 0x10100000101))
(assert_return (invoke "after_store" (i32.const 1)) (i32.const 20))
(assert_return (invoke "pressure" (i32.const 1)) (i32.const 58))
