;; Registers holding a local on every edge into a forward label (a block's or an if's end,
;; an else) still hold it there (src/compiler/registers.rs, `LabelLocals`). Each function
;; below reaches a label by paths that leave the local in the same register, in another
;; register, in none, or changed, and checks the value read after the label.
(module
  (func $clobber (param i32) (result i32)
    (local i32 i32 i32 i32 i32 i32)
    (local.set 1 (i32.const 101)) (local.set 2 (i32.const 102)) (local.set 3 (i32.const 103))
    (local.set 4 (i32.const 104)) (local.set 5 (i32.const 105)) (local.set 6 (i32.const 106))
    (i32.add (local.get 0)
      (i32.add (i32.add (local.get 1) (local.get 2)) (i32.add (local.get 3) (i32.add (local.get 4) (i32.add (local.get 5) (local.get 6)))))))

  ;; Both edges agree: set before the br_if, untouched after.
  (func (export "agree") (param i32 i32) (result i32)
    (local i32)
    (local.set 2 (i32.add (local.get 0) (i32.const 1)))
    (block (br_if 0 (local.get 1)) (drop (i32.mul (local.get 2) (i32.const 3))))
    (i32.add (local.get 2) (local.get 2)))

  ;; The fallthrough sets the local again (another register): the br_if edge has the old
  ;; value in the first register.
  (func (export "reset_after_branch") (param i32 i32) (result i32)
    (local i32)
    (local.set 2 (i32.add (local.get 0) (i32.const 1)))
    (block (br_if 0 (local.get 1)) (local.set 2 (i32.mul (local.get 2) (i32.const 3))))
    (local.get 2))

  ;; The br_if edge sets it in place on the branch's own path (a br_if with a value).
  (func (export "set_on_branch_path") (param i32 i32) (result i32)
    (local i32)
    (local.set 2 (i32.add (local.get 0) (i32.const 1)))
    (block
      (if (local.get 1) (then (local.set 2 (i32.const 77)) (br 1)))
      (drop (local.get 2)))
    (local.get 2))

  ;; The register of the local is reused for another local on one path.
  (func (export "register_reused") (param i32 i32) (result i32)
    (local i32 i32)
    (local.set 2 (i32.add (local.get 0) (i32.const 1)))
    (block
      (br_if 0 (local.get 1))
      (local.set 3 (i32.add (local.get 2) (i32.const 1000)))
      (local.set 2 (i32.sub (local.get 3) (i32.const 5))))
    (i32.add (local.get 2) (i32.mul (local.get 3) (i32.const 2))))

  ;; A call on one path clobbers the registers.
  (func (export "call_on_one_path") (param i32 i32) (result i32)
    (local i32)
    (local.set 2 (i32.add (local.get 0) (i32.const 1)))
    (block (br_if 0 (local.get 1)) (drop (call $clobber (i32.const 5))))
    (local.get 2))

  ;; if/else: the else sees the value set before the if; the then changes it.
  (func (export "if_else") (param i32 i32) (result i32)
    (local i32)
    (local.set 2 (i32.add (local.get 0) (i32.const 1)))
    (if (local.get 1)
      (then (local.set 2 (i32.mul (local.get 2) (i32.const 10))))
      (else (local.set 2 (i32.add (local.get 2) (i32.const 1000)))))
    (local.get 2))

  ;; An else-less if whose then changes the local in another register.
  (func (export "else_less") (param i32 i32) (result i32)
    (local i32)
    (local.set 2 (i32.add (local.get 0) (i32.const 1)))
    (if (local.get 1) (then (local.set 2 (i32.mul (local.get 0) (i32.const 10)))))
    (local.get 2))

  ;; An else-less if whose then leaves it alone: both edges agree.
  (func (export "else_less_agree") (param i32 i32) (result i32)
    (local i32)
    (local.set 2 (i32.add (local.get 0) (i32.const 1)))
    (if (local.get 1) (then (drop (i32.mul (local.get 0) (i32.const 10)))))
    (i32.sub (local.get 2) (i32.const 2)))

  ;; br_table: three edges; the code after $a's end changes the local.
  (func (export "table") (param i32 i32) (result i32)
    (local i32)
    (local.set 2 (i32.add (local.get 0) (i32.const 1)))
    (block $out
      (block $b
        (block $a
          (br_table $a $b $out (local.get 1)))
        (local.set 2 (i32.const 500))
        (br $out))
      (drop (i32.add (local.get 2) (i32.const 1))))
    (local.get 2))

  ;; Many locals in registers at once (more than are carried) and values on the stack.
  (func (export "many") (param i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
    (local.set 2 (i32.add (local.get 0) (i32.const 2)))
    (local.set 3 (i32.add (local.get 0) (i32.const 3)))
    (local.set 4 (i32.add (local.get 0) (i32.const 4)))
    (local.set 5 (i32.add (local.get 0) (i32.const 5)))
    (local.set 6 (i32.add (local.get 0) (i32.const 6)))
    (local.set 7 (i32.add (local.get 0) (i32.const 7)))
    (local.set 8 (i32.add (local.get 0) (i32.const 8)))
    (local.set 9 (i32.add (local.get 0) (i32.const 9)))
    (local.set 10 (i32.add (local.get 0) (i32.const 10)))
    (local.set 11 (i32.add (local.get 0) (i32.const 11)))
    (block
      (br_if 0 (local.get 1))
      (local.set 5 (i32.const 0))
      (local.set 9 (i32.const 0)))
    (i32.add (local.get 2) (i32.add (local.get 3) (i32.add (local.get 4) (i32.add (local.get 5)
      (i32.add (local.get 6) (i32.add (local.get 7) (i32.add (local.get 8) (i32.add (local.get 9)
      (i32.add (local.get 10) (local.get 11)))))))))))

  ;; Floats and a block result: the result goes through the block's slot, the local stays.
  (func (export "float") (param f64 i32) (result f64)
    (local f64)
    (local.set 2 (f64.mul (local.get 0) (f64.const 2)))
    (f64.add
      (block (result f64)
        (drop (br_if 0 (f64.const 1) (local.get 1)))
        (local.set 2 (f64.add (local.get 2) (f64.const 0.5)))
        (f64.const 3))
      (local.get 2)))

  ;; Inside a loop with write-back homes: an inner block's end joins paths that leave a
  ;; homed local and a plain one in registers.
  (func (export "in_loop") (param i32) (result i32)
    (local i32 i32 i32)
    (loop $l
      (local.set 2 (i32.add (local.get 1) (i32.const 3)))
      (block
        (br_if 0 (i32.and (local.get 1) (i32.const 1)))
        (local.set 2 (i32.mul (local.get 2) (i32.const 2))))
      (local.set 3 (i32.add (local.get 3) (local.get 2)))
      (local.set 1 (i32.add (local.get 1) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get 1) (local.get 0))))
    (local.get 3))
)
(assert_return (invoke "agree" (i32.const 4) (i32.const 0)) (i32.const 10))
(assert_return (invoke "agree" (i32.const 4) (i32.const 1)) (i32.const 10))
(assert_return (invoke "reset_after_branch" (i32.const 4) (i32.const 0)) (i32.const 15))
(assert_return (invoke "reset_after_branch" (i32.const 4) (i32.const 1)) (i32.const 5))
(assert_return (invoke "set_on_branch_path" (i32.const 4) (i32.const 0)) (i32.const 5))
(assert_return (invoke "set_on_branch_path" (i32.const 4) (i32.const 1)) (i32.const 77))
(assert_return (invoke "register_reused" (i32.const 4) (i32.const 0)) (i32.const 3010))
(assert_return (invoke "register_reused" (i32.const 4) (i32.const 1)) (i32.const 5))
(assert_return (invoke "call_on_one_path" (i32.const 4) (i32.const 0)) (i32.const 5))
(assert_return (invoke "call_on_one_path" (i32.const 4) (i32.const 1)) (i32.const 5))
(assert_return (invoke "if_else" (i32.const 4) (i32.const 0)) (i32.const 1005))
(assert_return (invoke "if_else" (i32.const 4) (i32.const 1)) (i32.const 50))
(assert_return (invoke "else_less" (i32.const 4) (i32.const 0)) (i32.const 5))
(assert_return (invoke "else_less" (i32.const 4) (i32.const 1)) (i32.const 40))
(assert_return (invoke "else_less_agree" (i32.const 4) (i32.const 0)) (i32.const 3))
(assert_return (invoke "else_less_agree" (i32.const 4) (i32.const 1)) (i32.const 3))
(assert_return (invoke "table" (i32.const 4) (i32.const 0)) (i32.const 500))
(assert_return (invoke "table" (i32.const 4) (i32.const 1)) (i32.const 5))
(assert_return (invoke "table" (i32.const 4) (i32.const 2)) (i32.const 5))
(assert_return (invoke "table" (i32.const 4) (i32.const 9)) (i32.const 5))
(assert_return (invoke "many" (i32.const 1) (i32.const 1)) (i32.const 75))
(assert_return (invoke "many" (i32.const 1) (i32.const 0)) (i32.const 59))
(assert_return (invoke "float" (f64.const 1.5) (i32.const 1)) (f64.const 4))
(assert_return (invoke "float" (f64.const 1.5) (i32.const 0)) (f64.const 6.5))
(assert_return (invoke "in_loop" (i32.const 4)) (i32.const 26))
