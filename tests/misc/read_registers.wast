;; A lazy local read loaded into a register only to be read (an address, a compare's left
;; operand, a SIMD source) leaves the register holding the local
;; (src/compiler/context.rs, `pop_reg_to_read`). Each function below then changes the
;; local, or the register, and reads the local again.
(module
  (memory 1)
  (data (i32.const 0) "\01\00\00\00\02\00\00\00\03\00\00\00\04\00\00\00\05\00\00\00\06\00\00\00")

  ;; The address register is reused by the next load of the same local.
  (func (export "two_loads") (param i32) (result i32)
    (i32.add (i32.load (local.get 0)) (i32.load offset=4 (local.get 0))))

  ;; The local changes between the two loads.
  (func (export "set_between") (param i32) (result i32)
    (local i32)
    (local.set 1 (i32.load (local.get 0)))
    (local.set 0 (i32.add (local.get 0) (i32.const 8)))
    (i32.add (local.get 1) (i32.load (local.get 0))))

  ;; The compare's left register becomes its 0/1 result.
  (func (export "compare_then_read") (param i32) (result i32)
    (local i32)
    (local.set 1 (i32.eqz (local.get 0)))
    (i32.add (i32.mul (local.get 0) (i32.const 10)) (local.get 1)))

  ;; Operands popped to be changed: their registers no longer hold the locals.
  (func (export "changed") (param i32 i32) (result i32)
    (i32.add (i32.sub (local.get 0) (local.get 1)) (i32.mul (local.get 0) (i32.const 3))))
  (func (export "changed_f64") (param f64 f64) (result f64)
    (f64.add (f64.sub (local.get 0) (local.get 1)) (f64.mul (local.get 0) (f64.const 3))))

  ;; The load's result replaces its address register.
  (func (export "load_then_read") (param i32) (result i32)
    (i32.add (i32.mul (i32.load (local.get 0)) (i32.const 100)) (local.get 0)))

  ;; i64: a compare against a wide constant, then the value.
  (func (export "wide") (param i64) (result i64)
    (local i64)
    (local.set 1 (i64.extend_i32_u (i64.gt_u (local.get 0) (i64.const 0x100000000))))
    (i64.add (local.get 0) (local.get 1)))

  ;; A v128 source read twice, then changed.
  (func (export "simd") (param i32) (result i32)
    (local v128)
    (local.set 1 (i32x4.splat (local.get 0)))
    (local.set 1 (i32x4.add (local.get 1) (local.get 1)))
    (i32.add (i32x4.extract_lane 0 (local.get 1)) (i32x4.extract_lane 3 (local.get 1))))

  ;; Across a branch: the register holds the local on one path only.
  (func (export "branch") (param i32 i32) (result i32)
    (block
      (br_if 0 (i32.eqz (local.get 1)))
      (drop (i32.load (local.get 0)))
      (local.set 0 (i32.const 12)))
    (i32.load (local.get 0)))

  ;; A loop whose address local is homed and advanced.
  (func (export "sum") (param i32 i32) (result i32)
    (local i32)
    (loop $l
      (local.set 2 (i32.add (local.get 2) (i32.load (local.get 0))))
      (local.set 0 (i32.add (local.get 0) (i32.const 4)))
      (br_if $l (local.tee 1 (i32.sub (local.get 1) (i32.const 1)))))
    (local.get 2))
)
(assert_return (invoke "two_loads" (i32.const 0)) (i32.const 3))
(assert_return (invoke "two_loads" (i32.const 8)) (i32.const 7))
(assert_return (invoke "set_between" (i32.const 0)) (i32.const 4))
(assert_return (invoke "set_between" (i32.const 4)) (i32.const 6))
(assert_return (invoke "compare_then_read" (i32.const 0)) (i32.const 1))
(assert_return (invoke "compare_then_read" (i32.const 3)) (i32.const 30))
(assert_return (invoke "changed" (i32.const 10) (i32.const 4)) (i32.const 36))
(assert_return (invoke "changed_f64" (f64.const 10) (f64.const 4)) (f64.const 36))
(assert_return (invoke "load_then_read" (i32.const 8)) (i32.const 308))
(assert_return (invoke "wide" (i64.const 5)) (i64.const 5))
(assert_return (invoke "wide" (i64.const 0x100000001)) (i64.const 0x100000002))
(assert_return (invoke "simd" (i32.const 21)) (i32.const 84))
(assert_return (invoke "branch" (i32.const 4) (i32.const 0)) (i32.const 2))
(assert_return (invoke "branch" (i32.const 4) (i32.const 1)) (i32.const 4))
(assert_return (invoke "sum" (i32.const 0) (i32.const 4)) (i32.const 10))
