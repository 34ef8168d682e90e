;; An operation that changes a register holding a local works on a copy when the next few
;; operators read that local again (src/compiler/homes.rs, `read_again_soon`), so the read
;; takes the register. Each function checks that the read sees the local's value, not the
;; changed copy, along with the cases where the register is changed in place.
(module
  ;; The CRC step that made this worth doing: `x` is shifted, then read again.
  (func (export "crc_step") (param $data i32) (param $crc i32) (result i32)
    (local $x i32) (local $carry i32)
    (local.set $x (i32.xor (local.get $data) (local.get $crc)))
    (local.set $carry (i32.and (local.get $x) (i32.const 1)))
    (local.set $crc (i32.shr_u (local.get $crc) (i32.const 1)))
    (select (i32.xor (local.get $crc) (i32.const 0xa001)) (local.get $crc) (local.get $carry)))

  ;; Read again after the change: the copy is changed, the local keeps its value.
  (func (export "read_after_change") (param i32 i32) (result i32)
    (local i32)
    (local.set 2 (i32.add (local.get 0) (local.get 1)))
    (local.set 1 (i32.shr_u (local.get 2) (i32.const 1)))
    (i32.xor (local.get 1) (local.get 2)))

  ;; Set before it is read again: changed in place, then the new value is read.
  (func (export "set_before_read") (param i32) (result i32)
    (local i32)
    (local.set 1 (i32.mul (local.get 0) (i32.const 3)))
    (local.set 1 (i32.add (local.get 1) (i32.const 1)))
    (local.get 1))

  ;; Tee'd before it is read again.
  (func (export "tee_before_read") (param i32) (result i32)
    (local i32)
    (local.set 1 (i32.mul (local.get 0) (i32.const 3)))
    (drop (local.tee 1 (i32.sub (local.get 1) (i32.const 2))))
    (i32.add (local.get 1) (local.get 0)))

  ;; A comparison of the local, then the local itself.
  (func (export "compare_then_read") (param i32) (result i32)
    (local i32)
    (local.set 1 (i32.add (local.get 0) (i32.const 5)))
    (i32.add (i32.lt_u (local.get 1) (i32.const 10)) (local.get 1)))

  ;; Read again past a branch: the register is not trusted there, the frame is.
  (func (export "read_past_branch") (param i32) (result i32)
    (local i32)
    (local.set 1 (i32.add (local.get 0) (i32.const 1)))
    (block (br_if 0 (i32.eqz (i32.shl (local.get 1) (i32.const 2)))))
    (local.get 1))

  ;; 64-bit locals.
  (func (export "wide") (param i64) (result i64)
    (local i64)
    (local.set 1 (i64.mul (local.get 0) (i64.const 0x100000001)))
    (i64.sub (i64.rotl (local.get 1) (i64.const 13)) (local.get 1))))

(assert_return (invoke "crc_step" (i32.const 0x5a) (i32.const 0xffff)) (i32.const 0xdffe))
(assert_return (invoke "crc_step" (i32.const 0x5b) (i32.const 0xffff)) (i32.const 0x7fff))
(assert_return (invoke "read_after_change" (i32.const 5) (i32.const 7)) (i32.const 10))
(assert_return (invoke "read_after_change" (i32.const -1) (i32.const 0)) (i32.const 0x80000000))
(assert_return (invoke "set_before_read" (i32.const 4)) (i32.const 13))
(assert_return (invoke "tee_before_read" (i32.const 4)) (i32.const 14))
(assert_return (invoke "compare_then_read" (i32.const 1)) (i32.const 7))
(assert_return (invoke "compare_then_read" (i32.const 9)) (i32.const 14))
(assert_return (invoke "read_past_branch" (i32.const 2)) (i32.const 3))
(assert_return (invoke "read_past_branch" (i32.const -1)) (i32.const 0))
(assert_return (invoke "wide" (i64.const 3)) (i64.const 0x5ffd00005ffd))

;; A local read again just past a `br_if` (musl's `exp`): the operation on its register
;; works on a copy, and the read on the fall-through path takes the register.
(module
  (func (export "past_br_if") (param i32) (result i32) (local i32)
    (block
      (br_if 0 (i32.ge_u
        (i32.add (local.tee 1 (i32.and (local.get 0) (i32.const 2047))) (i32.const -969))
        (i32.const 63)))
      (return (i32.mul (local.get 1) (i32.const 3))))
    (i32.const -1))
  (func (export "past_two_br_ifs") (param i32 i32) (result i32) (local i32)
    (block
      (br_if 0 (i32.eqz (local.tee 2 (i32.xor (local.get 0) (local.get 1)))))
      (br_if 0 (i32.gt_u (i32.shl (local.get 2) (i32.const 4)) (i32.const 4096)))
      (return (i32.sub (local.get 2) (i32.shl (local.get 2) (i32.const 1)))))
    (local.get 2)))
(assert_return (invoke "past_br_if" (i32.const 1000)) (i32.const 3000))
(assert_return (invoke "past_br_if" (i32.const 969)) (i32.const 2907))
(assert_return (invoke "past_br_if" (i32.const 1031)) (i32.const 3093))
(assert_return (invoke "past_br_if" (i32.const 1032)) (i32.const -1))
(assert_return (invoke "past_br_if" (i32.const 968)) (i32.const -1))
(assert_return (invoke "past_br_if" (i32.const 3048)) (i32.const 3000))
(assert_return (invoke "past_two_br_ifs" (i32.const 5) (i32.const 5)) (i32.const 0))
(assert_return (invoke "past_two_br_ifs" (i32.const 5) (i32.const 3)) (i32.const -6))
(assert_return (invoke "past_two_br_ifs" (i32.const 256) (i32.const 1)) (i32.const 257))
(assert_return (invoke "past_two_br_ifs" (i32.const 255) (i32.const 0)) (i32.const -255))
(assert_return (invoke "past_two_br_ifs" (i32.const 257) (i32.const 0)) (i32.const 257))
(assert_return (invoke "past_two_br_ifs" (i32.const -1) (i32.const 0)) (i32.const -1))
