;; Reads of a local whose register another value-stack entry owns (`local.tee x` then
;; `local.get x`): the read shares that register (or reads the frame) instead of copying
;; it. Generated with a model of each function (the expected values are computed
;; outside onepass). Covers every integer and float binary operator with both operands
;; the same local (the right one shared), the left one shared, three reads of one local
;; in one operator, a call passing one local three times, a shared register whose owner
;; is spilled under register pressure while the read waits and the local is set again
;; soon after (its unstored value must still reach the frame), and loops with homes.

(module
  (func (export "same_add") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.add (local.tee $x (i32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_add") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.add (local.tee $x (i32.sub (local.get $p) (local.get $q))) (i32.add (local.get $x) (local.get $q))))
  (func (export "same_sub") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.sub (local.tee $x (i32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_sub") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.add (local.tee $x (i32.sub (local.get $p) (local.get $q))) (i32.sub (local.get $x) (local.get $q))))
  (func (export "same_mul") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.mul (local.tee $x (i32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_mul") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.add (local.tee $x (i32.sub (local.get $p) (local.get $q))) (i32.mul (local.get $x) (local.get $q))))
  (func (export "same_and") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.and (local.tee $x (i32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_and") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.add (local.tee $x (i32.sub (local.get $p) (local.get $q))) (i32.and (local.get $x) (local.get $q))))
  (func (export "same_or") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.or (local.tee $x (i32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_or") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.add (local.tee $x (i32.sub (local.get $p) (local.get $q))) (i32.or (local.get $x) (local.get $q))))
  (func (export "same_xor") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.xor (local.tee $x (i32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_xor") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.add (local.tee $x (i32.sub (local.get $p) (local.get $q))) (i32.xor (local.get $x) (local.get $q))))
  (func (export "same_shl") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.shl (local.tee $x (i32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_shl") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.add (local.tee $x (i32.sub (local.get $p) (local.get $q))) (i32.shl (local.get $x) (local.get $q))))
  (func (export "same_shr_s") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.shr_s (local.tee $x (i32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_shr_s") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.add (local.tee $x (i32.sub (local.get $p) (local.get $q))) (i32.shr_s (local.get $x) (local.get $q))))
  (func (export "same_shr_u") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.shr_u (local.tee $x (i32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_shr_u") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.add (local.tee $x (i32.sub (local.get $p) (local.get $q))) (i32.shr_u (local.get $x) (local.get $q))))
  (func (export "same_rotl") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.rotl (local.tee $x (i32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_rotl") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.add (local.tee $x (i32.sub (local.get $p) (local.get $q))) (i32.rotl (local.get $x) (local.get $q))))
  (func (export "same_rotr") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.rotr (local.tee $x (i32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_rotr") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.add (local.tee $x (i32.sub (local.get $p) (local.get $q))) (i32.rotr (local.get $x) (local.get $q))))
  (func (export "same_div_s") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.div_s (local.tee $x (i32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_div_s") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.add (local.tee $x (i32.sub (local.get $p) (local.get $q))) (i32.div_s (local.get $x) (local.get $q))))
  (func (export "same_div_u") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.div_u (local.tee $x (i32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_div_u") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.add (local.tee $x (i32.sub (local.get $p) (local.get $q))) (i32.div_u (local.get $x) (local.get $q))))
  (func (export "same_rem_s") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.rem_s (local.tee $x (i32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_rem_s") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.add (local.tee $x (i32.sub (local.get $p) (local.get $q))) (i32.rem_s (local.get $x) (local.get $q))))
  (func (export "same_rem_u") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.rem_u (local.tee $x (i32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_rem_u") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.add (local.tee $x (i32.sub (local.get $p) (local.get $q))) (i32.rem_u (local.get $x) (local.get $q))))
  (func (export "same_eq") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.eq (local.tee $x (i32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_eq") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.add (local.tee $x (i32.sub (local.get $p) (local.get $q))) (i32.eq (local.get $x) (local.get $q))))
  (func (export "same_ne") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.ne (local.tee $x (i32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_ne") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.add (local.tee $x (i32.sub (local.get $p) (local.get $q))) (i32.ne (local.get $x) (local.get $q))))
  (func (export "same_lt_s") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.lt_s (local.tee $x (i32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_lt_s") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.add (local.tee $x (i32.sub (local.get $p) (local.get $q))) (i32.lt_s (local.get $x) (local.get $q))))
  (func (export "same_lt_u") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.lt_u (local.tee $x (i32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_lt_u") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.add (local.tee $x (i32.sub (local.get $p) (local.get $q))) (i32.lt_u (local.get $x) (local.get $q))))
  (func (export "same_gt_s") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.gt_s (local.tee $x (i32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_gt_s") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.add (local.tee $x (i32.sub (local.get $p) (local.get $q))) (i32.gt_s (local.get $x) (local.get $q))))
  (func (export "same_gt_u") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.gt_u (local.tee $x (i32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_gt_u") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.add (local.tee $x (i32.sub (local.get $p) (local.get $q))) (i32.gt_u (local.get $x) (local.get $q))))
  (func (export "same_le_s") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.le_s (local.tee $x (i32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_le_s") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.add (local.tee $x (i32.sub (local.get $p) (local.get $q))) (i32.le_s (local.get $x) (local.get $q))))
  (func (export "same_le_u") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.le_u (local.tee $x (i32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_le_u") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.add (local.tee $x (i32.sub (local.get $p) (local.get $q))) (i32.le_u (local.get $x) (local.get $q))))
  (func (export "same_ge_s") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.ge_s (local.tee $x (i32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_ge_s") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.add (local.tee $x (i32.sub (local.get $p) (local.get $q))) (i32.ge_s (local.get $x) (local.get $q))))
  (func (export "same_ge_u") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.ge_u (local.tee $x (i32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_ge_u") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.add (local.tee $x (i32.sub (local.get $p) (local.get $q))) (i32.ge_u (local.get $x) (local.get $q))))
)

(assert_return (invoke "same_add" (i32.const 5) (i32.const 9)) (i32.const 28))

(assert_return (invoke "left_add" (i32.const 5) (i32.const 9)) (i32.const 1))

(assert_return (invoke "same_add" (i32.const -7) (i32.const 3)) (i32.const -8))

(assert_return (invoke "left_add" (i32.const -7) (i32.const 3)) (i32.const -17))

(assert_return (invoke "same_add" (i32.const 2147483647) (i32.const 1)) (i32.const 0))

(assert_return (invoke "left_add" (i32.const 2147483647) (i32.const 1)) (i32.const -3))

(assert_return (invoke "same_add" (i32.const -2147483648) (i32.const 0)) (i32.const 0))

(assert_return (invoke "left_add" (i32.const -2147483648) (i32.const 0)) (i32.const 0))

(assert_return (invoke "same_add" (i32.const 123456) (i32.const -654321)) (i32.const -1061730))

(assert_return (invoke "left_add" (i32.const 123456) (i32.const -654321)) (i32.const 901233))

(assert_return (invoke "same_sub" (i32.const 5) (i32.const 9)) (i32.const 0))

(assert_return (invoke "left_sub" (i32.const 5) (i32.const 9)) (i32.const -17))

(assert_return (invoke "same_sub" (i32.const -7) (i32.const 3)) (i32.const 0))

(assert_return (invoke "left_sub" (i32.const -7) (i32.const 3)) (i32.const -23))

(assert_return (invoke "same_sub" (i32.const 2147483647) (i32.const 1)) (i32.const 0))

(assert_return (invoke "left_sub" (i32.const 2147483647) (i32.const 1)) (i32.const -5))

(assert_return (invoke "same_sub" (i32.const -2147483648) (i32.const 0)) (i32.const 0))

(assert_return (invoke "left_sub" (i32.const -2147483648) (i32.const 0)) (i32.const 0))

(assert_return (invoke "same_sub" (i32.const 123456) (i32.const -654321)) (i32.const 0))

(assert_return (invoke "left_sub" (i32.const 123456) (i32.const -654321)) (i32.const 2209875))

(assert_return (invoke "same_mul" (i32.const 5) (i32.const 9)) (i32.const 196))

(assert_return (invoke "left_mul" (i32.const 5) (i32.const 9)) (i32.const -40))

(assert_return (invoke "same_mul" (i32.const -7) (i32.const 3)) (i32.const 16))

(assert_return (invoke "left_mul" (i32.const -7) (i32.const 3)) (i32.const -40))

(assert_return (invoke "same_mul" (i32.const 2147483647) (i32.const 1)) (i32.const 0))

(assert_return (invoke "left_mul" (i32.const 2147483647) (i32.const 1)) (i32.const -4))

(assert_return (invoke "same_mul" (i32.const -2147483648) (i32.const 0)) (i32.const 0))

(assert_return (invoke "left_mul" (i32.const -2147483648) (i32.const 0)) (i32.const -2147483648))

(assert_return (invoke "same_mul" (i32.const 123456) (i32.const -654321)) (i32.const -1650193311))

(assert_return (invoke "left_mul" (i32.const 123456) (i32.const -654321)) (i32.const -2108905712))

(assert_return (invoke "same_and" (i32.const 5) (i32.const 9)) (i32.const 14))

(assert_return (invoke "left_and" (i32.const 5) (i32.const 9)) (i32.const 4))

(assert_return (invoke "same_and" (i32.const -7) (i32.const 3)) (i32.const -4))

(assert_return (invoke "left_and" (i32.const -7) (i32.const 3)) (i32.const -8))

(assert_return (invoke "same_and" (i32.const 2147483647) (i32.const 1)) (i32.const -2147483648))

(assert_return (invoke "left_and" (i32.const 2147483647) (i32.const 1)) (i32.const 2147483646))

(assert_return (invoke "same_and" (i32.const -2147483648) (i32.const 0)) (i32.const -2147483648))

(assert_return (invoke "left_and" (i32.const -2147483648) (i32.const 0)) (i32.const -2147483648))

(assert_return (invoke "same_and" (i32.const 123456) (i32.const -654321)) (i32.const -530865))

(assert_return (invoke "left_and" (i32.const 123456) (i32.const -654321)) (i32.const 909874))

(assert_return (invoke "same_or" (i32.const 5) (i32.const 9)) (i32.const 14))

(assert_return (invoke "left_or" (i32.const 5) (i32.const 9)) (i32.const -7))

(assert_return (invoke "same_or" (i32.const -7) (i32.const 3)) (i32.const -4))

(assert_return (invoke "left_or" (i32.const -7) (i32.const 3)) (i32.const -19))

(assert_return (invoke "same_or" (i32.const 2147483647) (i32.const 1)) (i32.const -2147483648))

(assert_return (invoke "left_or" (i32.const 2147483647) (i32.const 1)) (i32.const -3))

(assert_return (invoke "same_or" (i32.const -2147483648) (i32.const 0)) (i32.const -2147483648))

(assert_return (invoke "left_or" (i32.const -2147483648) (i32.const 0)) (i32.const 0))

(assert_return (invoke "same_or" (i32.const 123456) (i32.const -654321)) (i32.const -530865))

(assert_return (invoke "left_or" (i32.const 123456) (i32.const -654321)) (i32.const 769136))

(assert_return (invoke "same_xor" (i32.const 5) (i32.const 9)) (i32.const 0))

(assert_return (invoke "left_xor" (i32.const 5) (i32.const 9)) (i32.const -15))

(assert_return (invoke "same_xor" (i32.const -7) (i32.const 3)) (i32.const 0))

(assert_return (invoke "left_xor" (i32.const -7) (i32.const 3)) (i32.const -21))

(assert_return (invoke "same_xor" (i32.const 2147483647) (i32.const 1)) (i32.const 0))

(assert_return (invoke "left_xor" (i32.const 2147483647) (i32.const 1)) (i32.const -3))

(assert_return (invoke "same_xor" (i32.const -2147483648) (i32.const 0)) (i32.const 0))

(assert_return (invoke "left_xor" (i32.const -2147483648) (i32.const 0)) (i32.const 0))

(assert_return (invoke "same_xor" (i32.const 123456) (i32.const -654321)) (i32.const 0))

(assert_return (invoke "left_xor" (i32.const 123456) (i32.const -654321)) (i32.const 637039))

(assert_return (invoke "same_shl" (i32.const 5) (i32.const 9)) (i32.const 229376))

(assert_return (invoke "left_shl" (i32.const 5) (i32.const 9)) (i32.const -2052))

(assert_return (invoke "same_shl" (i32.const -7) (i32.const 3)) (i32.const -1073741824))

(assert_return (invoke "left_shl" (i32.const -7) (i32.const 3)) (i32.const -90))

(assert_return (invoke "same_shl" (i32.const 2147483647) (i32.const 1)) (i32.const -2147483648))

(assert_return (invoke "left_shl" (i32.const 2147483647) (i32.const 1)) (i32.const 2147483642))

(assert_return (invoke "same_shl" (i32.const -2147483648) (i32.const 0)) (i32.const -2147483648))

(assert_return (invoke "left_shl" (i32.const -2147483648) (i32.const 0)) (i32.const 0))

(assert_return (invoke "same_shl" (i32.const 123456) (i32.const -654321)) (i32.const -215515136))

(assert_return (invoke "left_shl" (i32.const 123456) (i32.const -654321)) (i32.const -282829263))

(assert_return (invoke "same_shr_s" (i32.const 5) (i32.const 9)) (i32.const 0))

(assert_return (invoke "left_shr_s" (i32.const 5) (i32.const 9)) (i32.const -5))

(assert_return (invoke "same_shr_s" (i32.const -7) (i32.const 3)) (i32.const -1))

(assert_return (invoke "left_shr_s" (i32.const -7) (i32.const 3)) (i32.const -12))

(assert_return (invoke "same_shr_s" (i32.const 2147483647) (i32.const 1)) (i32.const -2147483648))

(assert_return (invoke "left_shr_s" (i32.const 2147483647) (i32.const 1)) (i32.const -1073741827))

(assert_return (invoke "same_shr_s" (i32.const -2147483648) (i32.const 0)) (i32.const -2147483648))

(assert_return (invoke "left_shr_s" (i32.const -2147483648) (i32.const 0)) (i32.const 0))

(assert_return (invoke "same_shr_s" (i32.const 123456) (i32.const -654321)) (i32.const -17))

(assert_return (invoke "left_shr_s" (i32.const 123456) (i32.const -654321)) (i32.const 777800))

(assert_return (invoke "same_shr_u" (i32.const 5) (i32.const 9)) (i32.const 0))

(assert_return (invoke "left_shr_u" (i32.const 5) (i32.const 9)) (i32.const 8388603))

(assert_return (invoke "same_shr_u" (i32.const -7) (i32.const 3)) (i32.const 15))

(assert_return (invoke "left_shr_u" (i32.const -7) (i32.const 3)) (i32.const 536870900))

(assert_return (invoke "same_shr_u" (i32.const 2147483647) (i32.const 1)) (i32.const -2147483648))

(assert_return (invoke "left_shr_u" (i32.const 2147483647) (i32.const 1)) (i32.const -1073741827))

(assert_return (invoke "same_shr_u" (i32.const -2147483648) (i32.const 0)) (i32.const -2147483648))

(assert_return (invoke "left_shr_u" (i32.const -2147483648) (i32.const 0)) (i32.const 0))

(assert_return (invoke "same_shr_u" (i32.const 123456) (i32.const -654321)) (i32.const 131055))

(assert_return (invoke "left_shr_u" (i32.const 123456) (i32.const -654321)) (i32.const 777800))

(assert_return (invoke "same_rotl" (i32.const 5) (i32.const 9)) (i32.const 229376))

(assert_return (invoke "left_rotl" (i32.const 5) (i32.const 9)) (i32.const -1541))

(assert_return (invoke "same_rotl" (i32.const -7) (i32.const 3)) (i32.const -805306369))

(assert_return (invoke "left_rotl" (i32.const -7) (i32.const 3)) (i32.const -83))

(assert_return (invoke "same_rotl" (i32.const 2147483647) (i32.const 1)) (i32.const -2147483648))

(assert_return (invoke "left_rotl" (i32.const 2147483647) (i32.const 1)) (i32.const 2147483642))

(assert_return (invoke "same_rotl" (i32.const -2147483648) (i32.const 0)) (i32.const -2147483648))

(assert_return (invoke "left_rotl" (i32.const -2147483648) (i32.const 0)) (i32.const 0))

(assert_return (invoke "same_rotl" (i32.const 123456) (i32.const -654321)) (i32.const -215482373))

(assert_return (invoke "left_rotl" (i32.const 123456) (i32.const -654321)) (i32.const -282829258))

(assert_return (invoke "same_rotr" (i32.const 5) (i32.const 9)) (i32.const 3670016))

(assert_return (invoke "left_rotr" (i32.const 5) (i32.const 9)) (i32.const -25165829))

(assert_return (invoke "same_rotr" (i32.const -7) (i32.const 3)) (i32.const -49))

(assert_return (invoke "left_rotr" (i32.const -7) (i32.const 3)) (i32.const -536870924))

(assert_return (invoke "same_rotr" (i32.const 2147483647) (i32.const 1)) (i32.const -2147483648))

(assert_return (invoke "left_rotr" (i32.const 2147483647) (i32.const 1)) (i32.const -1073741827))

(assert_return (invoke "same_rotr" (i32.const -2147483648) (i32.const 0)) (i32.const -2147483648))

(assert_return (invoke "left_rotr" (i32.const -2147483648) (i32.const 0)) (i32.const 0))

(assert_return (invoke "same_rotr" (i32.const 123456) (i32.const -654321)) (i32.const -861929489))

(assert_return (invoke "left_rotr" (i32.const 123456) (i32.const -654321)) (i32.const -1133650360))

(assert_return (invoke "same_div_s" (i32.const 5) (i32.const 9)) (i32.const 1))

(assert_return (invoke "left_div_s" (i32.const 5) (i32.const 9)) (i32.const -4))

(assert_return (invoke "same_div_s" (i32.const -7) (i32.const 3)) (i32.const 1))

(assert_return (invoke "left_div_s" (i32.const -7) (i32.const 3)) (i32.const -13))

(assert_return (invoke "same_div_s" (i32.const 2147483647) (i32.const 1)) (i32.const 1))

(assert_return (invoke "left_div_s" (i32.const 2147483647) (i32.const 1)) (i32.const -4))

(assert_return (invoke "same_div_s" (i32.const -2147483648) (i32.const 0)) (i32.const 1))

(assert_trap (invoke "left_div_s" (i32.const -2147483648) (i32.const 0)) "integer divide by zero")

(assert_return (invoke "same_div_s" (i32.const 123456) (i32.const -654321)) (i32.const 1))

(assert_return (invoke "left_div_s" (i32.const 123456) (i32.const -654321)) (i32.const 777776))

(assert_return (invoke "same_div_u" (i32.const 5) (i32.const 9)) (i32.const 1))

(assert_return (invoke "left_div_u" (i32.const 5) (i32.const 9)) (i32.const 477218584))

(assert_return (invoke "same_div_u" (i32.const -7) (i32.const 3)) (i32.const 1))

(assert_return (invoke "left_div_u" (i32.const -7) (i32.const 3)) (i32.const 1431655752))

(assert_return (invoke "same_div_u" (i32.const 2147483647) (i32.const 1)) (i32.const 1))

(assert_return (invoke "left_div_u" (i32.const 2147483647) (i32.const 1)) (i32.const -4))

(assert_return (invoke "same_div_u" (i32.const -2147483648) (i32.const 0)) (i32.const 1))

(assert_trap (invoke "left_div_u" (i32.const -2147483648) (i32.const 0)) "integer divide by zero")

(assert_return (invoke "same_div_u" (i32.const 123456) (i32.const -654321)) (i32.const 1))

(assert_return (invoke "left_div_u" (i32.const 123456) (i32.const -654321)) (i32.const 777777))

(assert_return (invoke "same_rem_s" (i32.const 5) (i32.const 9)) (i32.const 0))

(assert_return (invoke "left_rem_s" (i32.const 5) (i32.const 9)) (i32.const -8))

(assert_return (invoke "same_rem_s" (i32.const -7) (i32.const 3)) (i32.const 0))

(assert_return (invoke "left_rem_s" (i32.const -7) (i32.const 3)) (i32.const -11))

(assert_return (invoke "same_rem_s" (i32.const 2147483647) (i32.const 1)) (i32.const 0))

(assert_return (invoke "left_rem_s" (i32.const 2147483647) (i32.const 1)) (i32.const 2147483646))

(assert_return (invoke "same_rem_s" (i32.const -2147483648) (i32.const 0)) (i32.const 0))

(assert_trap (invoke "left_rem_s" (i32.const -2147483648) (i32.const 0)) "integer divide by zero")

(assert_return (invoke "same_rem_s" (i32.const 123456) (i32.const -654321)) (i32.const 0))

(assert_return (invoke "left_rem_s" (i32.const 123456) (i32.const -654321)) (i32.const 901233))

(assert_return (invoke "same_rem_u" (i32.const 5) (i32.const 9)) (i32.const 0))

(assert_return (invoke "left_rem_u" (i32.const 5) (i32.const 9)) (i32.const -4))

(assert_return (invoke "same_rem_u" (i32.const -7) (i32.const 3)) (i32.const 0))

(assert_return (invoke "left_rem_u" (i32.const -7) (i32.const 3)) (i32.const -10))

(assert_return (invoke "same_rem_u" (i32.const 2147483647) (i32.const 1)) (i32.const 0))

(assert_return (invoke "left_rem_u" (i32.const 2147483647) (i32.const 1)) (i32.const 2147483646))

(assert_return (invoke "same_rem_u" (i32.const -2147483648) (i32.const 0)) (i32.const 0))

(assert_trap (invoke "left_rem_u" (i32.const -2147483648) (i32.const 0)) "integer divide by zero")

(assert_return (invoke "same_rem_u" (i32.const 123456) (i32.const -654321)) (i32.const 0))

(assert_return (invoke "left_rem_u" (i32.const 123456) (i32.const -654321)) (i32.const 1555554))

(assert_return (invoke "same_eq" (i32.const 5) (i32.const 9)) (i32.const 1))

(assert_return (invoke "left_eq" (i32.const 5) (i32.const 9)) (i32.const -4))

(assert_return (invoke "same_eq" (i32.const -7) (i32.const 3)) (i32.const 1))

(assert_return (invoke "left_eq" (i32.const -7) (i32.const 3)) (i32.const -10))

(assert_return (invoke "same_eq" (i32.const 2147483647) (i32.const 1)) (i32.const 1))

(assert_return (invoke "left_eq" (i32.const 2147483647) (i32.const 1)) (i32.const 2147483646))

(assert_return (invoke "same_eq" (i32.const -2147483648) (i32.const 0)) (i32.const 1))

(assert_return (invoke "left_eq" (i32.const -2147483648) (i32.const 0)) (i32.const -2147483648))

(assert_return (invoke "same_eq" (i32.const 123456) (i32.const -654321)) (i32.const 1))

(assert_return (invoke "left_eq" (i32.const 123456) (i32.const -654321)) (i32.const 777777))

(assert_return (invoke "same_ne" (i32.const 5) (i32.const 9)) (i32.const 0))

(assert_return (invoke "left_ne" (i32.const 5) (i32.const 9)) (i32.const -3))

(assert_return (invoke "same_ne" (i32.const -7) (i32.const 3)) (i32.const 0))

(assert_return (invoke "left_ne" (i32.const -7) (i32.const 3)) (i32.const -9))

(assert_return (invoke "same_ne" (i32.const 2147483647) (i32.const 1)) (i32.const 0))

(assert_return (invoke "left_ne" (i32.const 2147483647) (i32.const 1)) (i32.const 2147483647))

(assert_return (invoke "same_ne" (i32.const -2147483648) (i32.const 0)) (i32.const 0))

(assert_return (invoke "left_ne" (i32.const -2147483648) (i32.const 0)) (i32.const -2147483647))

(assert_return (invoke "same_ne" (i32.const 123456) (i32.const -654321)) (i32.const 0))

(assert_return (invoke "left_ne" (i32.const 123456) (i32.const -654321)) (i32.const 777778))

(assert_return (invoke "same_lt_s" (i32.const 5) (i32.const 9)) (i32.const 0))

(assert_return (invoke "left_lt_s" (i32.const 5) (i32.const 9)) (i32.const -3))

(assert_return (invoke "same_lt_s" (i32.const -7) (i32.const 3)) (i32.const 0))

(assert_return (invoke "left_lt_s" (i32.const -7) (i32.const 3)) (i32.const -9))

(assert_return (invoke "same_lt_s" (i32.const 2147483647) (i32.const 1)) (i32.const 0))

(assert_return (invoke "left_lt_s" (i32.const 2147483647) (i32.const 1)) (i32.const 2147483646))

(assert_return (invoke "same_lt_s" (i32.const -2147483648) (i32.const 0)) (i32.const 0))

(assert_return (invoke "left_lt_s" (i32.const -2147483648) (i32.const 0)) (i32.const -2147483647))

(assert_return (invoke "same_lt_s" (i32.const 123456) (i32.const -654321)) (i32.const 0))

(assert_return (invoke "left_lt_s" (i32.const 123456) (i32.const -654321)) (i32.const 777777))

(assert_return (invoke "same_lt_u" (i32.const 5) (i32.const 9)) (i32.const 0))

(assert_return (invoke "left_lt_u" (i32.const 5) (i32.const 9)) (i32.const -4))

(assert_return (invoke "same_lt_u" (i32.const -7) (i32.const 3)) (i32.const 0))

(assert_return (invoke "left_lt_u" (i32.const -7) (i32.const 3)) (i32.const -10))

(assert_return (invoke "same_lt_u" (i32.const 2147483647) (i32.const 1)) (i32.const 0))

(assert_return (invoke "left_lt_u" (i32.const 2147483647) (i32.const 1)) (i32.const 2147483646))

(assert_return (invoke "same_lt_u" (i32.const -2147483648) (i32.const 0)) (i32.const 0))

(assert_return (invoke "left_lt_u" (i32.const -2147483648) (i32.const 0)) (i32.const -2147483648))

(assert_return (invoke "same_lt_u" (i32.const 123456) (i32.const -654321)) (i32.const 0))

(assert_return (invoke "left_lt_u" (i32.const 123456) (i32.const -654321)) (i32.const 777778))

(assert_return (invoke "same_gt_s" (i32.const 5) (i32.const 9)) (i32.const 0))

(assert_return (invoke "left_gt_s" (i32.const 5) (i32.const 9)) (i32.const -4))

(assert_return (invoke "same_gt_s" (i32.const -7) (i32.const 3)) (i32.const 0))

(assert_return (invoke "left_gt_s" (i32.const -7) (i32.const 3)) (i32.const -10))

(assert_return (invoke "same_gt_s" (i32.const 2147483647) (i32.const 1)) (i32.const 0))

(assert_return (invoke "left_gt_s" (i32.const 2147483647) (i32.const 1)) (i32.const 2147483647))

(assert_return (invoke "same_gt_s" (i32.const -2147483648) (i32.const 0)) (i32.const 0))

(assert_return (invoke "left_gt_s" (i32.const -2147483648) (i32.const 0)) (i32.const -2147483648))

(assert_return (invoke "same_gt_s" (i32.const 123456) (i32.const -654321)) (i32.const 0))

(assert_return (invoke "left_gt_s" (i32.const 123456) (i32.const -654321)) (i32.const 777778))

(assert_return (invoke "same_gt_u" (i32.const 5) (i32.const 9)) (i32.const 0))

(assert_return (invoke "left_gt_u" (i32.const 5) (i32.const 9)) (i32.const -3))

(assert_return (invoke "same_gt_u" (i32.const -7) (i32.const 3)) (i32.const 0))

(assert_return (invoke "left_gt_u" (i32.const -7) (i32.const 3)) (i32.const -9))

(assert_return (invoke "same_gt_u" (i32.const 2147483647) (i32.const 1)) (i32.const 0))

(assert_return (invoke "left_gt_u" (i32.const 2147483647) (i32.const 1)) (i32.const 2147483647))

(assert_return (invoke "same_gt_u" (i32.const -2147483648) (i32.const 0)) (i32.const 0))

(assert_return (invoke "left_gt_u" (i32.const -2147483648) (i32.const 0)) (i32.const -2147483647))

(assert_return (invoke "same_gt_u" (i32.const 123456) (i32.const -654321)) (i32.const 0))

(assert_return (invoke "left_gt_u" (i32.const 123456) (i32.const -654321)) (i32.const 777777))

(assert_return (invoke "same_le_s" (i32.const 5) (i32.const 9)) (i32.const 1))

(assert_return (invoke "left_le_s" (i32.const 5) (i32.const 9)) (i32.const -3))

(assert_return (invoke "same_le_s" (i32.const -7) (i32.const 3)) (i32.const 1))

(assert_return (invoke "left_le_s" (i32.const -7) (i32.const 3)) (i32.const -9))

(assert_return (invoke "same_le_s" (i32.const 2147483647) (i32.const 1)) (i32.const 1))

(assert_return (invoke "left_le_s" (i32.const 2147483647) (i32.const 1)) (i32.const 2147483646))

(assert_return (invoke "same_le_s" (i32.const -2147483648) (i32.const 0)) (i32.const 1))

(assert_return (invoke "left_le_s" (i32.const -2147483648) (i32.const 0)) (i32.const -2147483647))

(assert_return (invoke "same_le_s" (i32.const 123456) (i32.const -654321)) (i32.const 1))

(assert_return (invoke "left_le_s" (i32.const 123456) (i32.const -654321)) (i32.const 777777))

(assert_return (invoke "same_le_u" (i32.const 5) (i32.const 9)) (i32.const 1))

(assert_return (invoke "left_le_u" (i32.const 5) (i32.const 9)) (i32.const -4))

(assert_return (invoke "same_le_u" (i32.const -7) (i32.const 3)) (i32.const 1))

(assert_return (invoke "left_le_u" (i32.const -7) (i32.const 3)) (i32.const -10))

(assert_return (invoke "same_le_u" (i32.const 2147483647) (i32.const 1)) (i32.const 1))

(assert_return (invoke "left_le_u" (i32.const 2147483647) (i32.const 1)) (i32.const 2147483646))

(assert_return (invoke "same_le_u" (i32.const -2147483648) (i32.const 0)) (i32.const 1))

(assert_return (invoke "left_le_u" (i32.const -2147483648) (i32.const 0)) (i32.const -2147483648))

(assert_return (invoke "same_le_u" (i32.const 123456) (i32.const -654321)) (i32.const 1))

(assert_return (invoke "left_le_u" (i32.const 123456) (i32.const -654321)) (i32.const 777778))

(assert_return (invoke "same_ge_s" (i32.const 5) (i32.const 9)) (i32.const 1))

(assert_return (invoke "left_ge_s" (i32.const 5) (i32.const 9)) (i32.const -4))

(assert_return (invoke "same_ge_s" (i32.const -7) (i32.const 3)) (i32.const 1))

(assert_return (invoke "left_ge_s" (i32.const -7) (i32.const 3)) (i32.const -10))

(assert_return (invoke "same_ge_s" (i32.const 2147483647) (i32.const 1)) (i32.const 1))

(assert_return (invoke "left_ge_s" (i32.const 2147483647) (i32.const 1)) (i32.const 2147483647))

(assert_return (invoke "same_ge_s" (i32.const -2147483648) (i32.const 0)) (i32.const 1))

(assert_return (invoke "left_ge_s" (i32.const -2147483648) (i32.const 0)) (i32.const -2147483648))

(assert_return (invoke "same_ge_s" (i32.const 123456) (i32.const -654321)) (i32.const 1))

(assert_return (invoke "left_ge_s" (i32.const 123456) (i32.const -654321)) (i32.const 777778))

(assert_return (invoke "same_ge_u" (i32.const 5) (i32.const 9)) (i32.const 1))

(assert_return (invoke "left_ge_u" (i32.const 5) (i32.const 9)) (i32.const -3))

(assert_return (invoke "same_ge_u" (i32.const -7) (i32.const 3)) (i32.const 1))

(assert_return (invoke "left_ge_u" (i32.const -7) (i32.const 3)) (i32.const -9))

(assert_return (invoke "same_ge_u" (i32.const 2147483647) (i32.const 1)) (i32.const 1))

(assert_return (invoke "left_ge_u" (i32.const 2147483647) (i32.const 1)) (i32.const 2147483647))

(assert_return (invoke "same_ge_u" (i32.const -2147483648) (i32.const 0)) (i32.const 1))

(assert_return (invoke "left_ge_u" (i32.const -2147483648) (i32.const 0)) (i32.const -2147483647))

(assert_return (invoke "same_ge_u" (i32.const 123456) (i32.const -654321)) (i32.const 1))

(assert_return (invoke "left_ge_u" (i32.const 123456) (i32.const -654321)) (i32.const 777777))

(module
  (func (export "same_add") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.add (local.tee $x (i64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_add") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.add (local.tee $x (i64.sub (local.get $p) (local.get $q))) (i64.add (local.get $x) (local.get $q))))
  (func (export "same_sub") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.sub (local.tee $x (i64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_sub") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.add (local.tee $x (i64.sub (local.get $p) (local.get $q))) (i64.sub (local.get $x) (local.get $q))))
  (func (export "same_mul") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.mul (local.tee $x (i64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_mul") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.add (local.tee $x (i64.sub (local.get $p) (local.get $q))) (i64.mul (local.get $x) (local.get $q))))
  (func (export "same_and") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.and (local.tee $x (i64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_and") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.add (local.tee $x (i64.sub (local.get $p) (local.get $q))) (i64.and (local.get $x) (local.get $q))))
  (func (export "same_or") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.or (local.tee $x (i64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_or") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.add (local.tee $x (i64.sub (local.get $p) (local.get $q))) (i64.or (local.get $x) (local.get $q))))
  (func (export "same_xor") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.xor (local.tee $x (i64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_xor") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.add (local.tee $x (i64.sub (local.get $p) (local.get $q))) (i64.xor (local.get $x) (local.get $q))))
  (func (export "same_shl") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.shl (local.tee $x (i64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_shl") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.add (local.tee $x (i64.sub (local.get $p) (local.get $q))) (i64.shl (local.get $x) (local.get $q))))
  (func (export "same_shr_s") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.shr_s (local.tee $x (i64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_shr_s") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.add (local.tee $x (i64.sub (local.get $p) (local.get $q))) (i64.shr_s (local.get $x) (local.get $q))))
  (func (export "same_shr_u") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.shr_u (local.tee $x (i64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_shr_u") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.add (local.tee $x (i64.sub (local.get $p) (local.get $q))) (i64.shr_u (local.get $x) (local.get $q))))
  (func (export "same_rotl") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.rotl (local.tee $x (i64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_rotl") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.add (local.tee $x (i64.sub (local.get $p) (local.get $q))) (i64.rotl (local.get $x) (local.get $q))))
  (func (export "same_rotr") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.rotr (local.tee $x (i64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_rotr") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.add (local.tee $x (i64.sub (local.get $p) (local.get $q))) (i64.rotr (local.get $x) (local.get $q))))
  (func (export "same_div_s") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.div_s (local.tee $x (i64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_div_s") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.add (local.tee $x (i64.sub (local.get $p) (local.get $q))) (i64.div_s (local.get $x) (local.get $q))))
  (func (export "same_div_u") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.div_u (local.tee $x (i64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_div_u") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.add (local.tee $x (i64.sub (local.get $p) (local.get $q))) (i64.div_u (local.get $x) (local.get $q))))
  (func (export "same_rem_s") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.rem_s (local.tee $x (i64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_rem_s") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.add (local.tee $x (i64.sub (local.get $p) (local.get $q))) (i64.rem_s (local.get $x) (local.get $q))))
  (func (export "same_rem_u") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.rem_u (local.tee $x (i64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_rem_u") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.add (local.tee $x (i64.sub (local.get $p) (local.get $q))) (i64.rem_u (local.get $x) (local.get $q))))
  (func (export "same_eq") (param $p i64) (param $q i64) (result i32) (local $x i64)
    (i64.eq (local.tee $x (i64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_eq") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.add (local.tee $x (i64.sub (local.get $p) (local.get $q))) (i64.extend_i32_u (i64.eq (local.get $x) (local.get $q)))))
  (func (export "same_ne") (param $p i64) (param $q i64) (result i32) (local $x i64)
    (i64.ne (local.tee $x (i64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_ne") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.add (local.tee $x (i64.sub (local.get $p) (local.get $q))) (i64.extend_i32_u (i64.ne (local.get $x) (local.get $q)))))
  (func (export "same_lt_s") (param $p i64) (param $q i64) (result i32) (local $x i64)
    (i64.lt_s (local.tee $x (i64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_lt_s") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.add (local.tee $x (i64.sub (local.get $p) (local.get $q))) (i64.extend_i32_u (i64.lt_s (local.get $x) (local.get $q)))))
  (func (export "same_lt_u") (param $p i64) (param $q i64) (result i32) (local $x i64)
    (i64.lt_u (local.tee $x (i64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_lt_u") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.add (local.tee $x (i64.sub (local.get $p) (local.get $q))) (i64.extend_i32_u (i64.lt_u (local.get $x) (local.get $q)))))
  (func (export "same_gt_s") (param $p i64) (param $q i64) (result i32) (local $x i64)
    (i64.gt_s (local.tee $x (i64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_gt_s") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.add (local.tee $x (i64.sub (local.get $p) (local.get $q))) (i64.extend_i32_u (i64.gt_s (local.get $x) (local.get $q)))))
  (func (export "same_gt_u") (param $p i64) (param $q i64) (result i32) (local $x i64)
    (i64.gt_u (local.tee $x (i64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_gt_u") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.add (local.tee $x (i64.sub (local.get $p) (local.get $q))) (i64.extend_i32_u (i64.gt_u (local.get $x) (local.get $q)))))
  (func (export "same_le_s") (param $p i64) (param $q i64) (result i32) (local $x i64)
    (i64.le_s (local.tee $x (i64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_le_s") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.add (local.tee $x (i64.sub (local.get $p) (local.get $q))) (i64.extend_i32_u (i64.le_s (local.get $x) (local.get $q)))))
  (func (export "same_le_u") (param $p i64) (param $q i64) (result i32) (local $x i64)
    (i64.le_u (local.tee $x (i64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_le_u") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.add (local.tee $x (i64.sub (local.get $p) (local.get $q))) (i64.extend_i32_u (i64.le_u (local.get $x) (local.get $q)))))
  (func (export "same_ge_s") (param $p i64) (param $q i64) (result i32) (local $x i64)
    (i64.ge_s (local.tee $x (i64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_ge_s") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.add (local.tee $x (i64.sub (local.get $p) (local.get $q))) (i64.extend_i32_u (i64.ge_s (local.get $x) (local.get $q)))))
  (func (export "same_ge_u") (param $p i64) (param $q i64) (result i32) (local $x i64)
    (i64.ge_u (local.tee $x (i64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_ge_u") (param $p i64) (param $q i64) (result i64) (local $x i64)
    (i64.add (local.tee $x (i64.sub (local.get $p) (local.get $q))) (i64.extend_i32_u (i64.ge_u (local.get $x) (local.get $q)))))
)

(assert_return (invoke "same_add" (i64.const 5) (i64.const 9)) (i64.const 28))

(assert_return (invoke "left_add" (i64.const 5) (i64.const 9)) (i64.const 1))

(assert_return (invoke "same_add" (i64.const -7) (i64.const 3)) (i64.const -8))

(assert_return (invoke "left_add" (i64.const -7) (i64.const 3)) (i64.const -17))

(assert_return (invoke "same_add" (i64.const 9223372036854775807) (i64.const 1)) (i64.const 0))

(assert_return (invoke "left_add" (i64.const 9223372036854775807) (i64.const 1)) (i64.const -3))

(assert_return (invoke "same_add" (i64.const -9223372036854775808) (i64.const 0)) (i64.const 0))

(assert_return (invoke "left_add" (i64.const -9223372036854775808) (i64.const 0)) (i64.const 0))

(assert_return (invoke "same_add" (i64.const 1234567890123) (i64.const -98765)) (i64.const 2469135582716))

(assert_return (invoke "left_add" (i64.const 1234567890123) (i64.const -98765)) (i64.const 2469135879011))

(assert_return (invoke "same_sub" (i64.const 5) (i64.const 9)) (i64.const 0))

(assert_return (invoke "left_sub" (i64.const 5) (i64.const 9)) (i64.const -17))

(assert_return (invoke "same_sub" (i64.const -7) (i64.const 3)) (i64.const 0))

(assert_return (invoke "left_sub" (i64.const -7) (i64.const 3)) (i64.const -23))

(assert_return (invoke "same_sub" (i64.const 9223372036854775807) (i64.const 1)) (i64.const 0))

(assert_return (invoke "left_sub" (i64.const 9223372036854775807) (i64.const 1)) (i64.const -5))

(assert_return (invoke "same_sub" (i64.const -9223372036854775808) (i64.const 0)) (i64.const 0))

(assert_return (invoke "left_sub" (i64.const -9223372036854775808) (i64.const 0)) (i64.const 0))

(assert_return (invoke "same_sub" (i64.const 1234567890123) (i64.const -98765)) (i64.const 0))

(assert_return (invoke "left_sub" (i64.const 1234567890123) (i64.const -98765)) (i64.const 2469136076541))

(assert_return (invoke "same_mul" (i64.const 5) (i64.const 9)) (i64.const 196))

(assert_return (invoke "left_mul" (i64.const 5) (i64.const 9)) (i64.const -40))

(assert_return (invoke "same_mul" (i64.const -7) (i64.const 3)) (i64.const 16))

(assert_return (invoke "left_mul" (i64.const -7) (i64.const 3)) (i64.const -40))

(assert_return (invoke "same_mul" (i64.const 9223372036854775807) (i64.const 1)) (i64.const 0))

(assert_return (invoke "left_mul" (i64.const 9223372036854775807) (i64.const 1)) (i64.const -4))

(assert_return (invoke "same_mul" (i64.const -9223372036854775808) (i64.const 0)) (i64.const 0))

(assert_return (invoke "left_mul" (i64.const -9223372036854775808) (i64.const 0)) (i64.const -9223372036854775808))

(assert_return (invoke "same_mul" (i64.const 1234567890123) (i64.const -98765)) (i64.const -4597631681482787836))

(assert_return (invoke "left_mul" (i64.const 1234567890123) (i64.const -98765)) (i64.const -121930872854534432))

(assert_return (invoke "same_and" (i64.const 5) (i64.const 9)) (i64.const 14))

(assert_return (invoke "left_and" (i64.const 5) (i64.const 9)) (i64.const 4))

(assert_return (invoke "same_and" (i64.const -7) (i64.const 3)) (i64.const -4))

(assert_return (invoke "left_and" (i64.const -7) (i64.const 3)) (i64.const -8))

(assert_return (invoke "same_and" (i64.const 9223372036854775807) (i64.const 1)) (i64.const -9223372036854775808))

(assert_return (invoke "left_and" (i64.const 9223372036854775807) (i64.const 1)) (i64.const 9223372036854775806))

(assert_return (invoke "same_and" (i64.const -9223372036854775808) (i64.const 0)) (i64.const -9223372036854775808))

(assert_return (invoke "left_and" (i64.const -9223372036854775808) (i64.const 0)) (i64.const -9223372036854775808))

(assert_return (invoke "same_and" (i64.const 1234567890123) (i64.const -98765)) (i64.const 1234567791358))

(assert_return (invoke "left_and" (i64.const 1234567890123) (i64.const -98765)) (i64.const 2469135944872))

(assert_return (invoke "same_or" (i64.const 5) (i64.const 9)) (i64.const 14))

(assert_return (invoke "left_or" (i64.const 5) (i64.const 9)) (i64.const -7))

(assert_return (invoke "same_or" (i64.const -7) (i64.const 3)) (i64.const -4))

(assert_return (invoke "left_or" (i64.const -7) (i64.const 3)) (i64.const -19))

(assert_return (invoke "same_or" (i64.const 9223372036854775807) (i64.const 1)) (i64.const -9223372036854775808))

(assert_return (invoke "left_or" (i64.const 9223372036854775807) (i64.const 1)) (i64.const -3))

(assert_return (invoke "same_or" (i64.const -9223372036854775808) (i64.const 0)) (i64.const -9223372036854775808))

(assert_return (invoke "left_or" (i64.const -9223372036854775808) (i64.const 0)) (i64.const 0))

(assert_return (invoke "same_or" (i64.const 1234567890123) (i64.const -98765)) (i64.const 1234567791358))

(assert_return (invoke "left_or" (i64.const 1234567890123) (i64.const -98765)) (i64.const 1234567923027))

(assert_return (invoke "same_xor" (i64.const 5) (i64.const 9)) (i64.const 0))

(assert_return (invoke "left_xor" (i64.const 5) (i64.const 9)) (i64.const -15))

(assert_return (invoke "same_xor" (i64.const -7) (i64.const 3)) (i64.const 0))

(assert_return (invoke "left_xor" (i64.const -7) (i64.const 3)) (i64.const -21))

(assert_return (invoke "same_xor" (i64.const 9223372036854775807) (i64.const 1)) (i64.const 0))

(assert_return (invoke "left_xor" (i64.const 9223372036854775807) (i64.const 1)) (i64.const -3))

(assert_return (invoke "same_xor" (i64.const -9223372036854775808) (i64.const 0)) (i64.const 0))

(assert_return (invoke "left_xor" (i64.const -9223372036854775808) (i64.const 0)) (i64.const 0))

(assert_return (invoke "same_xor" (i64.const 1234567890123) (i64.const -98765)) (i64.const 0))

(assert_return (invoke "left_xor" (i64.const 1234567890123) (i64.const -98765)) (i64.const -32957))

(assert_return (invoke "same_shl" (i64.const 5) (i64.const 9)) (i64.const 229376))

(assert_return (invoke "left_shl" (i64.const 5) (i64.const 9)) (i64.const -2052))

(assert_return (invoke "same_shl" (i64.const -7) (i64.const 3)) (i64.const -4611686018427387904))

(assert_return (invoke "left_shl" (i64.const -7) (i64.const 3)) (i64.const -90))

(assert_return (invoke "same_shl" (i64.const 9223372036854775807) (i64.const 1)) (i64.const -9223372036854775808))

(assert_return (invoke "left_shl" (i64.const 9223372036854775807) (i64.const 1)) (i64.const 9223372036854775802))

(assert_return (invoke "same_shl" (i64.const -9223372036854775808) (i64.const 0)) (i64.const -9223372036854775808))

(assert_return (invoke "left_shl" (i64.const -9223372036854775808) (i64.const 0)) (i64.const 0))

(assert_return (invoke "same_shl" (i64.const 1234567890123) (i64.const -98765)) (i64.const -9223372036854775808))

(assert_return (invoke "left_shl" (i64.const 1234567890123) (i64.const -98765)) (i64.const 3801039320068687512))

(assert_return (invoke "same_shr_s" (i64.const 5) (i64.const 9)) (i64.const 0))

(assert_return (invoke "left_shr_s" (i64.const 5) (i64.const 9)) (i64.const -5))

(assert_return (invoke "same_shr_s" (i64.const -7) (i64.const 3)) (i64.const -1))

(assert_return (invoke "left_shr_s" (i64.const -7) (i64.const 3)) (i64.const -12))

(assert_return (invoke "same_shr_s" (i64.const 9223372036854775807) (i64.const 1)) (i64.const -9223372036854775808))

(assert_return (invoke "left_shr_s" (i64.const 9223372036854775807) (i64.const 1)) (i64.const -4611686018427387907))

(assert_return (invoke "same_shr_s" (i64.const -9223372036854775808) (i64.const 0)) (i64.const -9223372036854775808))

(assert_return (invoke "left_shr_s" (i64.const -9223372036854775808) (i64.const 0)) (i64.const 0))

(assert_return (invoke "same_shr_s" (i64.const 1234567890123) (i64.const -98765)) (i64.const 0))

(assert_return (invoke "left_shr_s" (i64.const 1234567890123) (i64.const -98765)) (i64.const 1234567988888))

(assert_return (invoke "same_shr_u" (i64.const 5) (i64.const 9)) (i64.const 0))

(assert_return (invoke "left_shr_u" (i64.const 5) (i64.const 9)) (i64.const 36028797018963963))

(assert_return (invoke "same_shr_u" (i64.const -7) (i64.const 3)) (i64.const 15))

(assert_return (invoke "left_shr_u" (i64.const -7) (i64.const 3)) (i64.const 2305843009213693940))

(assert_return (invoke "same_shr_u" (i64.const 9223372036854775807) (i64.const 1)) (i64.const -9223372036854775808))

(assert_return (invoke "left_shr_u" (i64.const 9223372036854775807) (i64.const 1)) (i64.const -4611686018427387907))

(assert_return (invoke "same_shr_u" (i64.const -9223372036854775808) (i64.const 0)) (i64.const -9223372036854775808))

(assert_return (invoke "left_shr_u" (i64.const -9223372036854775808) (i64.const 0)) (i64.const 0))

(assert_return (invoke "same_shr_u" (i64.const 1234567890123) (i64.const -98765)) (i64.const 0))

(assert_return (invoke "left_shr_u" (i64.const 1234567890123) (i64.const -98765)) (i64.const 1234567988888))

(assert_return (invoke "same_rotl" (i64.const 5) (i64.const 9)) (i64.const 229376))

(assert_return (invoke "left_rotl" (i64.const 5) (i64.const 9)) (i64.const -1541))

(assert_return (invoke "same_rotl" (i64.const -7) (i64.const 3)) (i64.const -3458764513820540929))

(assert_return (invoke "left_rotl" (i64.const -7) (i64.const 3)) (i64.const -83))

(assert_return (invoke "same_rotl" (i64.const 9223372036854775807) (i64.const 1)) (i64.const -9223372036854775808))

(assert_return (invoke "left_rotl" (i64.const 9223372036854775807) (i64.const 1)) (i64.const 9223372036854775802))

(assert_return (invoke "same_rotl" (i64.const -9223372036854775808) (i64.const 0)) (i64.const -9223372036854775808))

(assert_return (invoke "left_rotl" (i64.const -9223372036854775808) (i64.const 0)) (i64.const 0))

(assert_return (invoke "same_rotl" (i64.const 1234567890123) (i64.const -98765)) (i64.const -9223371728212827969))

(assert_return (invoke "left_rotl" (i64.const 1234567890123) (i64.const -98765)) (i64.const 3801039320219391612))

(assert_return (invoke "same_rotr" (i64.const 5) (i64.const 9)) (i64.const 15762598695796736))

(assert_return (invoke "left_rotr" (i64.const 5) (i64.const 9)) (i64.const -108086391056891909))

(assert_return (invoke "same_rotr" (i64.const -7) (i64.const 3)) (i64.const -49))

(assert_return (invoke "left_rotr" (i64.const -7) (i64.const 3)) (i64.const -2305843009213693964))

(assert_return (invoke "same_rotr" (i64.const 9223372036854775807) (i64.const 1)) (i64.const -9223372036854775808))

(assert_return (invoke "left_rotr" (i64.const 9223372036854775807) (i64.const 1)) (i64.const -4611686018427387907))

(assert_return (invoke "same_rotr" (i64.const -9223372036854775808) (i64.const 0)) (i64.const -9223372036854775808))

(assert_return (invoke "left_rotr" (i64.const -9223372036854775808) (i64.const 0)) (i64.const 0))

(assert_return (invoke "same_rotr" (i64.const 1234567890123) (i64.const -98765)) (i64.const 4938271165432))

(assert_return (invoke "left_rotr" (i64.const 1234567890123) (i64.const -98765)) (i64.const 10114815532959384))

(assert_return (invoke "same_div_s" (i64.const 5) (i64.const 9)) (i64.const 1))

(assert_return (invoke "left_div_s" (i64.const 5) (i64.const 9)) (i64.const -4))

(assert_return (invoke "same_div_s" (i64.const -7) (i64.const 3)) (i64.const 1))

(assert_return (invoke "left_div_s" (i64.const -7) (i64.const 3)) (i64.const -13))

(assert_return (invoke "same_div_s" (i64.const 9223372036854775807) (i64.const 1)) (i64.const 1))

(assert_return (invoke "left_div_s" (i64.const 9223372036854775807) (i64.const 1)) (i64.const -4))

(assert_return (invoke "same_div_s" (i64.const -9223372036854775808) (i64.const 0)) (i64.const 1))

(assert_trap (invoke "left_div_s" (i64.const -9223372036854775808) (i64.const 0)) "integer divide by zero")

(assert_return (invoke "same_div_s" (i64.const 1234567890123) (i64.const -98765)) (i64.const 1))

(assert_return (invoke "left_div_s" (i64.const 1234567890123) (i64.const -98765)) (i64.const 1234555488833))

(assert_return (invoke "same_div_u" (i64.const 5) (i64.const 9)) (i64.const 1))

(assert_return (invoke "left_div_u" (i64.const 5) (i64.const 9)) (i64.const 2049638230412172397))

(assert_return (invoke "same_div_u" (i64.const -7) (i64.const 3)) (i64.const 1))

(assert_return (invoke "left_div_u" (i64.const -7) (i64.const 3)) (i64.const 6148914691236517192))

(assert_return (invoke "same_div_u" (i64.const 9223372036854775807) (i64.const 1)) (i64.const 1))

(assert_return (invoke "left_div_u" (i64.const 9223372036854775807) (i64.const 1)) (i64.const -4))

(assert_return (invoke "same_div_u" (i64.const -9223372036854775808) (i64.const 0)) (i64.const 1))

(assert_trap (invoke "left_div_u" (i64.const -9223372036854775808) (i64.const 0)) "integer divide by zero")

(assert_return (invoke "same_div_u" (i64.const 1234567890123) (i64.const -98765)) (i64.const 1))

(assert_return (invoke "left_div_u" (i64.const 1234567890123) (i64.const -98765)) (i64.const 1234567988888))

(assert_return (invoke "same_rem_s" (i64.const 5) (i64.const 9)) (i64.const 0))

(assert_return (invoke "left_rem_s" (i64.const 5) (i64.const 9)) (i64.const -8))

(assert_return (invoke "same_rem_s" (i64.const -7) (i64.const 3)) (i64.const 0))

(assert_return (invoke "left_rem_s" (i64.const -7) (i64.const 3)) (i64.const -11))

(assert_return (invoke "same_rem_s" (i64.const 9223372036854775807) (i64.const 1)) (i64.const 0))

(assert_return (invoke "left_rem_s" (i64.const 9223372036854775807) (i64.const 1)) (i64.const 9223372036854775806))

(assert_return (invoke "same_rem_s" (i64.const -9223372036854775808) (i64.const 0)) (i64.const 0))

(assert_trap (invoke "left_rem_s" (i64.const -9223372036854775808) (i64.const 0)) "integer divide by zero")

(assert_return (invoke "same_rem_s" (i64.const 1234567890123) (i64.const -98765)) (i64.const 0))

(assert_return (invoke "left_rem_s" (i64.const 1234567890123) (i64.const -98765)) (i64.const 1234568045701))

(assert_return (invoke "same_rem_u" (i64.const 5) (i64.const 9)) (i64.const 0))

(assert_return (invoke "left_rem_u" (i64.const 5) (i64.const 9)) (i64.const -1))

(assert_return (invoke "same_rem_u" (i64.const -7) (i64.const 3)) (i64.const 0))

(assert_return (invoke "left_rem_u" (i64.const -7) (i64.const 3)) (i64.const -10))

(assert_return (invoke "same_rem_u" (i64.const 9223372036854775807) (i64.const 1)) (i64.const 0))

(assert_return (invoke "left_rem_u" (i64.const 9223372036854775807) (i64.const 1)) (i64.const 9223372036854775806))

(assert_return (invoke "same_rem_u" (i64.const -9223372036854775808) (i64.const 0)) (i64.const 0))

(assert_trap (invoke "left_rem_u" (i64.const -9223372036854775808) (i64.const 0)) "integer divide by zero")

(assert_return (invoke "same_rem_u" (i64.const 1234567890123) (i64.const -98765)) (i64.const 0))

(assert_return (invoke "left_rem_u" (i64.const 1234567890123) (i64.const -98765)) (i64.const 2469135977776))

(assert_return (invoke "same_eq" (i64.const 5) (i64.const 9)) (i32.const 1))

(assert_return (invoke "left_eq" (i64.const 5) (i64.const 9)) (i64.const -4))

(assert_return (invoke "same_eq" (i64.const -7) (i64.const 3)) (i32.const 1))

(assert_return (invoke "left_eq" (i64.const -7) (i64.const 3)) (i64.const -10))

(assert_return (invoke "same_eq" (i64.const 9223372036854775807) (i64.const 1)) (i32.const 1))

(assert_return (invoke "left_eq" (i64.const 9223372036854775807) (i64.const 1)) (i64.const 9223372036854775806))

(assert_return (invoke "same_eq" (i64.const -9223372036854775808) (i64.const 0)) (i32.const 1))

(assert_return (invoke "left_eq" (i64.const -9223372036854775808) (i64.const 0)) (i64.const -9223372036854775808))

(assert_return (invoke "same_eq" (i64.const 1234567890123) (i64.const -98765)) (i32.const 1))

(assert_return (invoke "left_eq" (i64.const 1234567890123) (i64.const -98765)) (i64.const 1234567988888))

(assert_return (invoke "same_ne" (i64.const 5) (i64.const 9)) (i32.const 0))

(assert_return (invoke "left_ne" (i64.const 5) (i64.const 9)) (i64.const -3))

(assert_return (invoke "same_ne" (i64.const -7) (i64.const 3)) (i32.const 0))

(assert_return (invoke "left_ne" (i64.const -7) (i64.const 3)) (i64.const -9))

(assert_return (invoke "same_ne" (i64.const 9223372036854775807) (i64.const 1)) (i32.const 0))

(assert_return (invoke "left_ne" (i64.const 9223372036854775807) (i64.const 1)) (i64.const 9223372036854775807))

(assert_return (invoke "same_ne" (i64.const -9223372036854775808) (i64.const 0)) (i32.const 0))

(assert_return (invoke "left_ne" (i64.const -9223372036854775808) (i64.const 0)) (i64.const -9223372036854775807))

(assert_return (invoke "same_ne" (i64.const 1234567890123) (i64.const -98765)) (i32.const 0))

(assert_return (invoke "left_ne" (i64.const 1234567890123) (i64.const -98765)) (i64.const 1234567988889))

(assert_return (invoke "same_lt_s" (i64.const 5) (i64.const 9)) (i32.const 0))

(assert_return (invoke "left_lt_s" (i64.const 5) (i64.const 9)) (i64.const -3))

(assert_return (invoke "same_lt_s" (i64.const -7) (i64.const 3)) (i32.const 0))

(assert_return (invoke "left_lt_s" (i64.const -7) (i64.const 3)) (i64.const -9))

(assert_return (invoke "same_lt_s" (i64.const 9223372036854775807) (i64.const 1)) (i32.const 0))

(assert_return (invoke "left_lt_s" (i64.const 9223372036854775807) (i64.const 1)) (i64.const 9223372036854775806))

(assert_return (invoke "same_lt_s" (i64.const -9223372036854775808) (i64.const 0)) (i32.const 0))

(assert_return (invoke "left_lt_s" (i64.const -9223372036854775808) (i64.const 0)) (i64.const -9223372036854775807))

(assert_return (invoke "same_lt_s" (i64.const 1234567890123) (i64.const -98765)) (i32.const 0))

(assert_return (invoke "left_lt_s" (i64.const 1234567890123) (i64.const -98765)) (i64.const 1234567988888))

(assert_return (invoke "same_lt_u" (i64.const 5) (i64.const 9)) (i32.const 0))

(assert_return (invoke "left_lt_u" (i64.const 5) (i64.const 9)) (i64.const -4))

(assert_return (invoke "same_lt_u" (i64.const -7) (i64.const 3)) (i32.const 0))

(assert_return (invoke "left_lt_u" (i64.const -7) (i64.const 3)) (i64.const -10))

(assert_return (invoke "same_lt_u" (i64.const 9223372036854775807) (i64.const 1)) (i32.const 0))

(assert_return (invoke "left_lt_u" (i64.const 9223372036854775807) (i64.const 1)) (i64.const 9223372036854775806))

(assert_return (invoke "same_lt_u" (i64.const -9223372036854775808) (i64.const 0)) (i32.const 0))

(assert_return (invoke "left_lt_u" (i64.const -9223372036854775808) (i64.const 0)) (i64.const -9223372036854775808))

(assert_return (invoke "same_lt_u" (i64.const 1234567890123) (i64.const -98765)) (i32.const 0))

(assert_return (invoke "left_lt_u" (i64.const 1234567890123) (i64.const -98765)) (i64.const 1234567988889))

(assert_return (invoke "same_gt_s" (i64.const 5) (i64.const 9)) (i32.const 0))

(assert_return (invoke "left_gt_s" (i64.const 5) (i64.const 9)) (i64.const -4))

(assert_return (invoke "same_gt_s" (i64.const -7) (i64.const 3)) (i32.const 0))

(assert_return (invoke "left_gt_s" (i64.const -7) (i64.const 3)) (i64.const -10))

(assert_return (invoke "same_gt_s" (i64.const 9223372036854775807) (i64.const 1)) (i32.const 0))

(assert_return (invoke "left_gt_s" (i64.const 9223372036854775807) (i64.const 1)) (i64.const 9223372036854775807))

(assert_return (invoke "same_gt_s" (i64.const -9223372036854775808) (i64.const 0)) (i32.const 0))

(assert_return (invoke "left_gt_s" (i64.const -9223372036854775808) (i64.const 0)) (i64.const -9223372036854775808))

(assert_return (invoke "same_gt_s" (i64.const 1234567890123) (i64.const -98765)) (i32.const 0))

(assert_return (invoke "left_gt_s" (i64.const 1234567890123) (i64.const -98765)) (i64.const 1234567988889))

(assert_return (invoke "same_gt_u" (i64.const 5) (i64.const 9)) (i32.const 0))

(assert_return (invoke "left_gt_u" (i64.const 5) (i64.const 9)) (i64.const -3))

(assert_return (invoke "same_gt_u" (i64.const -7) (i64.const 3)) (i32.const 0))

(assert_return (invoke "left_gt_u" (i64.const -7) (i64.const 3)) (i64.const -9))

(assert_return (invoke "same_gt_u" (i64.const 9223372036854775807) (i64.const 1)) (i32.const 0))

(assert_return (invoke "left_gt_u" (i64.const 9223372036854775807) (i64.const 1)) (i64.const 9223372036854775807))

(assert_return (invoke "same_gt_u" (i64.const -9223372036854775808) (i64.const 0)) (i32.const 0))

(assert_return (invoke "left_gt_u" (i64.const -9223372036854775808) (i64.const 0)) (i64.const -9223372036854775807))

(assert_return (invoke "same_gt_u" (i64.const 1234567890123) (i64.const -98765)) (i32.const 0))

(assert_return (invoke "left_gt_u" (i64.const 1234567890123) (i64.const -98765)) (i64.const 1234567988888))

(assert_return (invoke "same_le_s" (i64.const 5) (i64.const 9)) (i32.const 1))

(assert_return (invoke "left_le_s" (i64.const 5) (i64.const 9)) (i64.const -3))

(assert_return (invoke "same_le_s" (i64.const -7) (i64.const 3)) (i32.const 1))

(assert_return (invoke "left_le_s" (i64.const -7) (i64.const 3)) (i64.const -9))

(assert_return (invoke "same_le_s" (i64.const 9223372036854775807) (i64.const 1)) (i32.const 1))

(assert_return (invoke "left_le_s" (i64.const 9223372036854775807) (i64.const 1)) (i64.const 9223372036854775806))

(assert_return (invoke "same_le_s" (i64.const -9223372036854775808) (i64.const 0)) (i32.const 1))

(assert_return (invoke "left_le_s" (i64.const -9223372036854775808) (i64.const 0)) (i64.const -9223372036854775807))

(assert_return (invoke "same_le_s" (i64.const 1234567890123) (i64.const -98765)) (i32.const 1))

(assert_return (invoke "left_le_s" (i64.const 1234567890123) (i64.const -98765)) (i64.const 1234567988888))

(assert_return (invoke "same_le_u" (i64.const 5) (i64.const 9)) (i32.const 1))

(assert_return (invoke "left_le_u" (i64.const 5) (i64.const 9)) (i64.const -4))

(assert_return (invoke "same_le_u" (i64.const -7) (i64.const 3)) (i32.const 1))

(assert_return (invoke "left_le_u" (i64.const -7) (i64.const 3)) (i64.const -10))

(assert_return (invoke "same_le_u" (i64.const 9223372036854775807) (i64.const 1)) (i32.const 1))

(assert_return (invoke "left_le_u" (i64.const 9223372036854775807) (i64.const 1)) (i64.const 9223372036854775806))

(assert_return (invoke "same_le_u" (i64.const -9223372036854775808) (i64.const 0)) (i32.const 1))

(assert_return (invoke "left_le_u" (i64.const -9223372036854775808) (i64.const 0)) (i64.const -9223372036854775808))

(assert_return (invoke "same_le_u" (i64.const 1234567890123) (i64.const -98765)) (i32.const 1))

(assert_return (invoke "left_le_u" (i64.const 1234567890123) (i64.const -98765)) (i64.const 1234567988889))

(assert_return (invoke "same_ge_s" (i64.const 5) (i64.const 9)) (i32.const 1))

(assert_return (invoke "left_ge_s" (i64.const 5) (i64.const 9)) (i64.const -4))

(assert_return (invoke "same_ge_s" (i64.const -7) (i64.const 3)) (i32.const 1))

(assert_return (invoke "left_ge_s" (i64.const -7) (i64.const 3)) (i64.const -10))

(assert_return (invoke "same_ge_s" (i64.const 9223372036854775807) (i64.const 1)) (i32.const 1))

(assert_return (invoke "left_ge_s" (i64.const 9223372036854775807) (i64.const 1)) (i64.const 9223372036854775807))

(assert_return (invoke "same_ge_s" (i64.const -9223372036854775808) (i64.const 0)) (i32.const 1))

(assert_return (invoke "left_ge_s" (i64.const -9223372036854775808) (i64.const 0)) (i64.const -9223372036854775808))

(assert_return (invoke "same_ge_s" (i64.const 1234567890123) (i64.const -98765)) (i32.const 1))

(assert_return (invoke "left_ge_s" (i64.const 1234567890123) (i64.const -98765)) (i64.const 1234567988889))

(assert_return (invoke "same_ge_u" (i64.const 5) (i64.const 9)) (i32.const 1))

(assert_return (invoke "left_ge_u" (i64.const 5) (i64.const 9)) (i64.const -3))

(assert_return (invoke "same_ge_u" (i64.const -7) (i64.const 3)) (i32.const 1))

(assert_return (invoke "left_ge_u" (i64.const -7) (i64.const 3)) (i64.const -9))

(assert_return (invoke "same_ge_u" (i64.const 9223372036854775807) (i64.const 1)) (i32.const 1))

(assert_return (invoke "left_ge_u" (i64.const 9223372036854775807) (i64.const 1)) (i64.const 9223372036854775807))

(assert_return (invoke "same_ge_u" (i64.const -9223372036854775808) (i64.const 0)) (i32.const 1))

(assert_return (invoke "left_ge_u" (i64.const -9223372036854775808) (i64.const 0)) (i64.const -9223372036854775807))

(assert_return (invoke "same_ge_u" (i64.const 1234567890123) (i64.const -98765)) (i32.const 1))

(assert_return (invoke "left_ge_u" (i64.const 1234567890123) (i64.const -98765)) (i64.const 1234567988888))

(module
  (func (export "same_add") (param $p f32) (param $q f32) (result f32) (local $x f32)
    (f32.add (local.tee $x (f32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_add") (param $p f32) (param $q f32) (result f32) (local $x f32)
    (f32.add (local.tee $x (f32.sub (local.get $p) (local.get $q))) (f32.add (local.get $x) (local.get $q))))
  (func (export "same_sub") (param $p f32) (param $q f32) (result f32) (local $x f32)
    (f32.sub (local.tee $x (f32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_sub") (param $p f32) (param $q f32) (result f32) (local $x f32)
    (f32.add (local.tee $x (f32.sub (local.get $p) (local.get $q))) (f32.sub (local.get $x) (local.get $q))))
  (func (export "same_mul") (param $p f32) (param $q f32) (result f32) (local $x f32)
    (f32.mul (local.tee $x (f32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_mul") (param $p f32) (param $q f32) (result f32) (local $x f32)
    (f32.add (local.tee $x (f32.sub (local.get $p) (local.get $q))) (f32.mul (local.get $x) (local.get $q))))
  (func (export "same_div") (param $p f32) (param $q f32) (result f32) (local $x f32)
    (f32.div (local.tee $x (f32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_div") (param $p f32) (param $q f32) (result f32) (local $x f32)
    (f32.add (local.tee $x (f32.sub (local.get $p) (local.get $q))) (f32.div (local.get $x) (local.get $q))))
  (func (export "same_min") (param $p f32) (param $q f32) (result f32) (local $x f32)
    (f32.min (local.tee $x (f32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_min") (param $p f32) (param $q f32) (result f32) (local $x f32)
    (f32.add (local.tee $x (f32.sub (local.get $p) (local.get $q))) (f32.min (local.get $x) (local.get $q))))
  (func (export "same_max") (param $p f32) (param $q f32) (result f32) (local $x f32)
    (f32.max (local.tee $x (f32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_max") (param $p f32) (param $q f32) (result f32) (local $x f32)
    (f32.add (local.tee $x (f32.sub (local.get $p) (local.get $q))) (f32.max (local.get $x) (local.get $q))))
  (func (export "same_copysign") (param $p f32) (param $q f32) (result f32) (local $x f32)
    (f32.copysign (local.tee $x (f32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_copysign") (param $p f32) (param $q f32) (result f32) (local $x f32)
    (f32.add (local.tee $x (f32.sub (local.get $p) (local.get $q))) (f32.copysign (local.get $x) (local.get $q))))
  (func (export "same_eq") (param $p f32) (param $q f32) (result i32) (local $x f32)
    (f32.eq (local.tee $x (f32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_eq") (param $p f32) (param $q f32) (result f32) (local $x f32)
    (f32.add (local.tee $x (f32.sub (local.get $p) (local.get $q))) (f32.convert_i32_u (f32.eq (local.get $x) (local.get $q)))))
  (func (export "same_ne") (param $p f32) (param $q f32) (result i32) (local $x f32)
    (f32.ne (local.tee $x (f32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_ne") (param $p f32) (param $q f32) (result f32) (local $x f32)
    (f32.add (local.tee $x (f32.sub (local.get $p) (local.get $q))) (f32.convert_i32_u (f32.ne (local.get $x) (local.get $q)))))
  (func (export "same_lt") (param $p f32) (param $q f32) (result i32) (local $x f32)
    (f32.lt (local.tee $x (f32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_lt") (param $p f32) (param $q f32) (result f32) (local $x f32)
    (f32.add (local.tee $x (f32.sub (local.get $p) (local.get $q))) (f32.convert_i32_u (f32.lt (local.get $x) (local.get $q)))))
  (func (export "same_gt") (param $p f32) (param $q f32) (result i32) (local $x f32)
    (f32.gt (local.tee $x (f32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_gt") (param $p f32) (param $q f32) (result f32) (local $x f32)
    (f32.add (local.tee $x (f32.sub (local.get $p) (local.get $q))) (f32.convert_i32_u (f32.gt (local.get $x) (local.get $q)))))
  (func (export "same_le") (param $p f32) (param $q f32) (result i32) (local $x f32)
    (f32.le (local.tee $x (f32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_le") (param $p f32) (param $q f32) (result f32) (local $x f32)
    (f32.add (local.tee $x (f32.sub (local.get $p) (local.get $q))) (f32.convert_i32_u (f32.le (local.get $x) (local.get $q)))))
  (func (export "same_ge") (param $p f32) (param $q f32) (result i32) (local $x f32)
    (f32.ge (local.tee $x (f32.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_ge") (param $p f32) (param $q f32) (result f32) (local $x f32)
    (f32.add (local.tee $x (f32.sub (local.get $p) (local.get $q))) (f32.convert_i32_u (f32.ge (local.get $x) (local.get $q)))))
)

(assert_return (invoke "same_add" (f32.const 0x1.8000000000000p+0) (f32.const 0x1.2000000000000p+1)) (f32.const 0x1.e000000000000p+2))

(assert_return (invoke "left_add" (f32.const 0x1.8000000000000p+0) (f32.const 0x1.2000000000000p+1)) (f32.const 0x1.8000000000000p-1))

(assert_return (invoke "same_add" (f32.const -0x1.8000000000000p+1) (f32.const 0x1.0000000000000p-1)) (f32.const -0x1.4000000000000p+2))

(assert_return (invoke "left_add" (f32.const -0x1.8000000000000p+1) (f32.const 0x1.0000000000000p-1)) (f32.const -0x1.a000000000000p+2))

(assert_return (invoke "same_add" (f32.const 0x1.2a05f20000000p+33) (f32.const -0x1.c000000000000p+2)) (f32.const 0x1.2a05f20000000p+34))

(assert_return (invoke "left_add" (f32.const 0x1.2a05f20000000p+33) (f32.const -0x1.c000000000000p+2)) (f32.const 0x1.2a05f20000000p+34))

(assert_return (invoke "same_sub" (f32.const 0x1.8000000000000p+0) (f32.const 0x1.2000000000000p+1)) (f32.const 0x0.0p+0))

(assert_return (invoke "left_sub" (f32.const 0x1.8000000000000p+0) (f32.const 0x1.2000000000000p+1)) (f32.const -0x1.e000000000000p+1))

(assert_return (invoke "same_sub" (f32.const -0x1.8000000000000p+1) (f32.const 0x1.0000000000000p-1)) (f32.const 0x0.0p+0))

(assert_return (invoke "left_sub" (f32.const -0x1.8000000000000p+1) (f32.const 0x1.0000000000000p-1)) (f32.const -0x1.e000000000000p+2))

(assert_return (invoke "same_sub" (f32.const 0x1.2a05f20000000p+33) (f32.const -0x1.c000000000000p+2)) (f32.const 0x0.0p+0))

(assert_return (invoke "left_sub" (f32.const 0x1.2a05f20000000p+33) (f32.const -0x1.c000000000000p+2)) (f32.const 0x1.2a05f20000000p+34))

(assert_return (invoke "same_mul" (f32.const 0x1.8000000000000p+0) (f32.const 0x1.2000000000000p+1)) (f32.const 0x1.c200000000000p+3))

(assert_return (invoke "left_mul" (f32.const 0x1.8000000000000p+0) (f32.const 0x1.2000000000000p+1)) (f32.const -0x1.3800000000000p+1))

(assert_return (invoke "same_mul" (f32.const -0x1.8000000000000p+1) (f32.const 0x1.0000000000000p-1)) (f32.const 0x1.9000000000000p+2))

(assert_return (invoke "left_mul" (f32.const -0x1.8000000000000p+1) (f32.const 0x1.0000000000000p-1)) (f32.const -0x1.5000000000000p+2))

(assert_return (invoke "same_mul" (f32.const 0x1.2a05f20000000p+33) (f32.const -0x1.c000000000000p+2)) (f32.const 0x1.5af1d80000000p+66))

(assert_return (invoke "left_mul" (f32.const 0x1.2a05f20000000p+33) (f32.const -0x1.c000000000000p+2)) (f32.const -0x1.bf08ec0000000p+35))

(assert_return (invoke "same_div" (f32.const 0x1.8000000000000p+0) (f32.const 0x1.2000000000000p+1)) (f32.const 0x1.0000000000000p+0))

(assert_return (invoke "left_div" (f32.const 0x1.8000000000000p+0) (f32.const 0x1.2000000000000p+1)) (f32.const -0x1.1555560000000p+0))

(assert_return (invoke "same_div" (f32.const -0x1.8000000000000p+1) (f32.const 0x1.0000000000000p-1)) (f32.const 0x1.0000000000000p+0))

(assert_return (invoke "left_div" (f32.const -0x1.8000000000000p+1) (f32.const 0x1.0000000000000p-1)) (f32.const -0x1.5000000000000p+3))

(assert_return (invoke "same_div" (f32.const 0x1.2a05f20000000p+33) (f32.const -0x1.c000000000000p+2)) (f32.const 0x1.0000000000000p+0))

(assert_return (invoke "left_div" (f32.const 0x1.2a05f20000000p+33) (f32.const -0x1.c000000000000p+2)) (f32.const 0x1.fee5a00000000p+32))

(assert_return (invoke "same_min" (f32.const 0x1.8000000000000p+0) (f32.const 0x1.2000000000000p+1)) (f32.const 0x1.e000000000000p+1))

(assert_return (invoke "left_min" (f32.const 0x1.8000000000000p+0) (f32.const 0x1.2000000000000p+1)) (f32.const -0x1.8000000000000p+0))

(assert_return (invoke "same_min" (f32.const -0x1.8000000000000p+1) (f32.const 0x1.0000000000000p-1)) (f32.const -0x1.4000000000000p+1))

(assert_return (invoke "left_min" (f32.const -0x1.8000000000000p+1) (f32.const 0x1.0000000000000p-1)) (f32.const -0x1.c000000000000p+2))

(assert_return (invoke "same_min" (f32.const 0x1.2a05f20000000p+33) (f32.const -0x1.c000000000000p+2)) (f32.const 0x1.2a05f20000000p+33))

(assert_return (invoke "left_min" (f32.const 0x1.2a05f20000000p+33) (f32.const -0x1.c000000000000p+2)) (f32.const 0x1.2a05f20000000p+33))

(assert_return (invoke "same_max" (f32.const 0x1.8000000000000p+0) (f32.const 0x1.2000000000000p+1)) (f32.const 0x1.e000000000000p+1))

(assert_return (invoke "left_max" (f32.const 0x1.8000000000000p+0) (f32.const 0x1.2000000000000p+1)) (f32.const 0x1.8000000000000p+0))

(assert_return (invoke "same_max" (f32.const -0x1.8000000000000p+1) (f32.const 0x1.0000000000000p-1)) (f32.const -0x1.4000000000000p+1))

(assert_return (invoke "left_max" (f32.const -0x1.8000000000000p+1) (f32.const 0x1.0000000000000p-1)) (f32.const -0x1.8000000000000p+1))

(assert_return (invoke "same_max" (f32.const 0x1.2a05f20000000p+33) (f32.const -0x1.c000000000000p+2)) (f32.const 0x1.2a05f20000000p+33))

(assert_return (invoke "left_max" (f32.const 0x1.2a05f20000000p+33) (f32.const -0x1.c000000000000p+2)) (f32.const 0x1.2a05f20000000p+34))

(assert_return (invoke "same_copysign" (f32.const 0x1.8000000000000p+0) (f32.const 0x1.2000000000000p+1)) (f32.const 0x1.e000000000000p+1))

(assert_return (invoke "left_copysign" (f32.const 0x1.8000000000000p+0) (f32.const 0x1.2000000000000p+1)) (f32.const 0x0.0p+0))

(assert_return (invoke "same_copysign" (f32.const -0x1.8000000000000p+1) (f32.const 0x1.0000000000000p-1)) (f32.const -0x1.4000000000000p+1))

(assert_return (invoke "left_copysign" (f32.const -0x1.8000000000000p+1) (f32.const 0x1.0000000000000p-1)) (f32.const 0x0.0p+0))

(assert_return (invoke "same_copysign" (f32.const 0x1.2a05f20000000p+33) (f32.const -0x1.c000000000000p+2)) (f32.const 0x1.2a05f20000000p+33))

(assert_return (invoke "left_copysign" (f32.const 0x1.2a05f20000000p+33) (f32.const -0x1.c000000000000p+2)) (f32.const 0x0.0p+0))

(assert_return (invoke "same_eq" (f32.const 0x1.8000000000000p+0) (f32.const 0x1.2000000000000p+1)) (i32.const 1))

(assert_return (invoke "left_eq" (f32.const 0x1.8000000000000p+0) (f32.const 0x1.2000000000000p+1)) (f32.const -0x1.8000000000000p-1))

(assert_return (invoke "same_eq" (f32.const -0x1.8000000000000p+1) (f32.const 0x1.0000000000000p-1)) (i32.const 1))

(assert_return (invoke "left_eq" (f32.const -0x1.8000000000000p+1) (f32.const 0x1.0000000000000p-1)) (f32.const -0x1.c000000000000p+1))

(assert_return (invoke "same_eq" (f32.const 0x1.2a05f20000000p+33) (f32.const -0x1.c000000000000p+2)) (i32.const 1))

(assert_return (invoke "left_eq" (f32.const 0x1.2a05f20000000p+33) (f32.const -0x1.c000000000000p+2)) (f32.const 0x1.2a05f20000000p+33))

(assert_return (invoke "same_ne" (f32.const 0x1.8000000000000p+0) (f32.const 0x1.2000000000000p+1)) (i32.const 0))

(assert_return (invoke "left_ne" (f32.const 0x1.8000000000000p+0) (f32.const 0x1.2000000000000p+1)) (f32.const 0x1.0000000000000p-2))

(assert_return (invoke "same_ne" (f32.const -0x1.8000000000000p+1) (f32.const 0x1.0000000000000p-1)) (i32.const 0))

(assert_return (invoke "left_ne" (f32.const -0x1.8000000000000p+1) (f32.const 0x1.0000000000000p-1)) (f32.const -0x1.4000000000000p+1))

(assert_return (invoke "same_ne" (f32.const 0x1.2a05f20000000p+33) (f32.const -0x1.c000000000000p+2)) (i32.const 0))

(assert_return (invoke "left_ne" (f32.const 0x1.2a05f20000000p+33) (f32.const -0x1.c000000000000p+2)) (f32.const 0x1.2a05f20000000p+33))

(assert_return (invoke "same_lt" (f32.const 0x1.8000000000000p+0) (f32.const 0x1.2000000000000p+1)) (i32.const 0))

(assert_return (invoke "left_lt" (f32.const 0x1.8000000000000p+0) (f32.const 0x1.2000000000000p+1)) (f32.const 0x1.0000000000000p-2))

(assert_return (invoke "same_lt" (f32.const -0x1.8000000000000p+1) (f32.const 0x1.0000000000000p-1)) (i32.const 0))

(assert_return (invoke "left_lt" (f32.const -0x1.8000000000000p+1) (f32.const 0x1.0000000000000p-1)) (f32.const -0x1.4000000000000p+1))

(assert_return (invoke "same_lt" (f32.const 0x1.2a05f20000000p+33) (f32.const -0x1.c000000000000p+2)) (i32.const 0))

(assert_return (invoke "left_lt" (f32.const 0x1.2a05f20000000p+33) (f32.const -0x1.c000000000000p+2)) (f32.const 0x1.2a05f20000000p+33))

(assert_return (invoke "same_gt" (f32.const 0x1.8000000000000p+0) (f32.const 0x1.2000000000000p+1)) (i32.const 0))

(assert_return (invoke "left_gt" (f32.const 0x1.8000000000000p+0) (f32.const 0x1.2000000000000p+1)) (f32.const -0x1.8000000000000p-1))

(assert_return (invoke "same_gt" (f32.const -0x1.8000000000000p+1) (f32.const 0x1.0000000000000p-1)) (i32.const 0))

(assert_return (invoke "left_gt" (f32.const -0x1.8000000000000p+1) (f32.const 0x1.0000000000000p-1)) (f32.const -0x1.c000000000000p+1))

(assert_return (invoke "same_gt" (f32.const 0x1.2a05f20000000p+33) (f32.const -0x1.c000000000000p+2)) (i32.const 0))

(assert_return (invoke "left_gt" (f32.const 0x1.2a05f20000000p+33) (f32.const -0x1.c000000000000p+2)) (f32.const 0x1.2a05f20000000p+33))

(assert_return (invoke "same_le" (f32.const 0x1.8000000000000p+0) (f32.const 0x1.2000000000000p+1)) (i32.const 1))

(assert_return (invoke "left_le" (f32.const 0x1.8000000000000p+0) (f32.const 0x1.2000000000000p+1)) (f32.const 0x1.0000000000000p-2))

(assert_return (invoke "same_le" (f32.const -0x1.8000000000000p+1) (f32.const 0x1.0000000000000p-1)) (i32.const 1))

(assert_return (invoke "left_le" (f32.const -0x1.8000000000000p+1) (f32.const 0x1.0000000000000p-1)) (f32.const -0x1.4000000000000p+1))

(assert_return (invoke "same_le" (f32.const 0x1.2a05f20000000p+33) (f32.const -0x1.c000000000000p+2)) (i32.const 1))

(assert_return (invoke "left_le" (f32.const 0x1.2a05f20000000p+33) (f32.const -0x1.c000000000000p+2)) (f32.const 0x1.2a05f20000000p+33))

(assert_return (invoke "same_ge" (f32.const 0x1.8000000000000p+0) (f32.const 0x1.2000000000000p+1)) (i32.const 1))

(assert_return (invoke "left_ge" (f32.const 0x1.8000000000000p+0) (f32.const 0x1.2000000000000p+1)) (f32.const -0x1.8000000000000p-1))

(assert_return (invoke "same_ge" (f32.const -0x1.8000000000000p+1) (f32.const 0x1.0000000000000p-1)) (i32.const 1))

(assert_return (invoke "left_ge" (f32.const -0x1.8000000000000p+1) (f32.const 0x1.0000000000000p-1)) (f32.const -0x1.c000000000000p+1))

(assert_return (invoke "same_ge" (f32.const 0x1.2a05f20000000p+33) (f32.const -0x1.c000000000000p+2)) (i32.const 1))

(assert_return (invoke "left_ge" (f32.const 0x1.2a05f20000000p+33) (f32.const -0x1.c000000000000p+2)) (f32.const 0x1.2a05f20000000p+33))

(module
  (func (export "same_add") (param $p f64) (param $q f64) (result f64) (local $x f64)
    (f64.add (local.tee $x (f64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_add") (param $p f64) (param $q f64) (result f64) (local $x f64)
    (f64.add (local.tee $x (f64.sub (local.get $p) (local.get $q))) (f64.add (local.get $x) (local.get $q))))
  (func (export "same_sub") (param $p f64) (param $q f64) (result f64) (local $x f64)
    (f64.sub (local.tee $x (f64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_sub") (param $p f64) (param $q f64) (result f64) (local $x f64)
    (f64.add (local.tee $x (f64.sub (local.get $p) (local.get $q))) (f64.sub (local.get $x) (local.get $q))))
  (func (export "same_mul") (param $p f64) (param $q f64) (result f64) (local $x f64)
    (f64.mul (local.tee $x (f64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_mul") (param $p f64) (param $q f64) (result f64) (local $x f64)
    (f64.add (local.tee $x (f64.sub (local.get $p) (local.get $q))) (f64.mul (local.get $x) (local.get $q))))
  (func (export "same_div") (param $p f64) (param $q f64) (result f64) (local $x f64)
    (f64.div (local.tee $x (f64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_div") (param $p f64) (param $q f64) (result f64) (local $x f64)
    (f64.add (local.tee $x (f64.sub (local.get $p) (local.get $q))) (f64.div (local.get $x) (local.get $q))))
  (func (export "same_min") (param $p f64) (param $q f64) (result f64) (local $x f64)
    (f64.min (local.tee $x (f64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_min") (param $p f64) (param $q f64) (result f64) (local $x f64)
    (f64.add (local.tee $x (f64.sub (local.get $p) (local.get $q))) (f64.min (local.get $x) (local.get $q))))
  (func (export "same_max") (param $p f64) (param $q f64) (result f64) (local $x f64)
    (f64.max (local.tee $x (f64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_max") (param $p f64) (param $q f64) (result f64) (local $x f64)
    (f64.add (local.tee $x (f64.sub (local.get $p) (local.get $q))) (f64.max (local.get $x) (local.get $q))))
  (func (export "same_copysign") (param $p f64) (param $q f64) (result f64) (local $x f64)
    (f64.copysign (local.tee $x (f64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_copysign") (param $p f64) (param $q f64) (result f64) (local $x f64)
    (f64.add (local.tee $x (f64.sub (local.get $p) (local.get $q))) (f64.copysign (local.get $x) (local.get $q))))
  (func (export "same_eq") (param $p f64) (param $q f64) (result i32) (local $x f64)
    (f64.eq (local.tee $x (f64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_eq") (param $p f64) (param $q f64) (result f64) (local $x f64)
    (f64.add (local.tee $x (f64.sub (local.get $p) (local.get $q))) (f64.convert_i32_u (f64.eq (local.get $x) (local.get $q)))))
  (func (export "same_ne") (param $p f64) (param $q f64) (result i32) (local $x f64)
    (f64.ne (local.tee $x (f64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_ne") (param $p f64) (param $q f64) (result f64) (local $x f64)
    (f64.add (local.tee $x (f64.sub (local.get $p) (local.get $q))) (f64.convert_i32_u (f64.ne (local.get $x) (local.get $q)))))
  (func (export "same_lt") (param $p f64) (param $q f64) (result i32) (local $x f64)
    (f64.lt (local.tee $x (f64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_lt") (param $p f64) (param $q f64) (result f64) (local $x f64)
    (f64.add (local.tee $x (f64.sub (local.get $p) (local.get $q))) (f64.convert_i32_u (f64.lt (local.get $x) (local.get $q)))))
  (func (export "same_gt") (param $p f64) (param $q f64) (result i32) (local $x f64)
    (f64.gt (local.tee $x (f64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_gt") (param $p f64) (param $q f64) (result f64) (local $x f64)
    (f64.add (local.tee $x (f64.sub (local.get $p) (local.get $q))) (f64.convert_i32_u (f64.gt (local.get $x) (local.get $q)))))
  (func (export "same_le") (param $p f64) (param $q f64) (result i32) (local $x f64)
    (f64.le (local.tee $x (f64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_le") (param $p f64) (param $q f64) (result f64) (local $x f64)
    (f64.add (local.tee $x (f64.sub (local.get $p) (local.get $q))) (f64.convert_i32_u (f64.le (local.get $x) (local.get $q)))))
  (func (export "same_ge") (param $p f64) (param $q f64) (result i32) (local $x f64)
    (f64.ge (local.tee $x (f64.add (local.get $p) (local.get $q))) (local.get $x)))
  (func (export "left_ge") (param $p f64) (param $q f64) (result f64) (local $x f64)
    (f64.add (local.tee $x (f64.sub (local.get $p) (local.get $q))) (f64.convert_i32_u (f64.ge (local.get $x) (local.get $q)))))
)

(assert_return (invoke "same_add" (f64.const 0x1.8000000000000p+0) (f64.const 0x1.2000000000000p+1)) (f64.const 0x1.e000000000000p+2))

(assert_return (invoke "left_add" (f64.const 0x1.8000000000000p+0) (f64.const 0x1.2000000000000p+1)) (f64.const 0x1.8000000000000p-1))

(assert_return (invoke "same_add" (f64.const -0x1.8000000000000p+1) (f64.const 0x1.0000000000000p-1)) (f64.const -0x1.4000000000000p+2))

(assert_return (invoke "left_add" (f64.const -0x1.8000000000000p+1) (f64.const 0x1.0000000000000p-1)) (f64.const -0x1.a000000000000p+2))

(assert_return (invoke "same_add" (f64.const 0x1.7e43c8800759cp+996) (f64.const -0x1.c000000000000p+2)) (f64.const 0x1.7e43c8800759cp+997))

(assert_return (invoke "left_add" (f64.const 0x1.7e43c8800759cp+996) (f64.const -0x1.c000000000000p+2)) (f64.const 0x1.7e43c8800759cp+997))

(assert_return (invoke "same_sub" (f64.const 0x1.8000000000000p+0) (f64.const 0x1.2000000000000p+1)) (f64.const 0x0.0p+0))

(assert_return (invoke "left_sub" (f64.const 0x1.8000000000000p+0) (f64.const 0x1.2000000000000p+1)) (f64.const -0x1.e000000000000p+1))

(assert_return (invoke "same_sub" (f64.const -0x1.8000000000000p+1) (f64.const 0x1.0000000000000p-1)) (f64.const 0x0.0p+0))

(assert_return (invoke "left_sub" (f64.const -0x1.8000000000000p+1) (f64.const 0x1.0000000000000p-1)) (f64.const -0x1.e000000000000p+2))

(assert_return (invoke "same_sub" (f64.const 0x1.7e43c8800759cp+996) (f64.const -0x1.c000000000000p+2)) (f64.const 0x0.0p+0))

(assert_return (invoke "left_sub" (f64.const 0x1.7e43c8800759cp+996) (f64.const -0x1.c000000000000p+2)) (f64.const 0x1.7e43c8800759cp+997))

(assert_return (invoke "same_mul" (f64.const 0x1.8000000000000p+0) (f64.const 0x1.2000000000000p+1)) (f64.const 0x1.c200000000000p+3))

(assert_return (invoke "left_mul" (f64.const 0x1.8000000000000p+0) (f64.const 0x1.2000000000000p+1)) (f64.const -0x1.3800000000000p+1))

(assert_return (invoke "same_mul" (f64.const -0x1.8000000000000p+1) (f64.const 0x1.0000000000000p-1)) (f64.const 0x1.9000000000000p+2))

(assert_return (invoke "left_mul" (f64.const -0x1.8000000000000p+1) (f64.const 0x1.0000000000000p-1)) (f64.const -0x1.5000000000000p+2))

(assert_return (invoke "same_mul" (f64.const 0x1.7e43c8800759cp+996) (f64.const -0x1.c000000000000p+2)) (f64.const inf))

(assert_return (invoke "left_mul" (f64.const 0x1.7e43c8800759cp+996) (f64.const -0x1.c000000000000p+2)) (f64.const -0x1.1eb2d66005834p+999))

(assert_return (invoke "same_div" (f64.const 0x1.8000000000000p+0) (f64.const 0x1.2000000000000p+1)) (f64.const 0x1.0000000000000p+0))

(assert_return (invoke "left_div" (f64.const 0x1.8000000000000p+0) (f64.const 0x1.2000000000000p+1)) (f64.const -0x1.1555555555555p+0))

(assert_return (invoke "same_div" (f64.const -0x1.8000000000000p+1) (f64.const 0x1.0000000000000p-1)) (f64.const 0x1.0000000000000p+0))

(assert_return (invoke "left_div" (f64.const -0x1.8000000000000p+1) (f64.const 0x1.0000000000000p-1)) (f64.const -0x1.5000000000000p+3))

(assert_return (invoke "same_div" (f64.const 0x1.7e43c8800759cp+996) (f64.const -0x1.c000000000000p+2)) (f64.const 0x1.0000000000000p+0))

(assert_return (invoke "left_div" (f64.const 0x1.7e43c8800759cp+996) (f64.const -0x1.c000000000000p+2)) (f64.const 0x1.47a7d06dbd286p+996))

(assert_return (invoke "same_min" (f64.const 0x1.8000000000000p+0) (f64.const 0x1.2000000000000p+1)) (f64.const 0x1.e000000000000p+1))

(assert_return (invoke "left_min" (f64.const 0x1.8000000000000p+0) (f64.const 0x1.2000000000000p+1)) (f64.const -0x1.8000000000000p+0))

(assert_return (invoke "same_min" (f64.const -0x1.8000000000000p+1) (f64.const 0x1.0000000000000p-1)) (f64.const -0x1.4000000000000p+1))

(assert_return (invoke "left_min" (f64.const -0x1.8000000000000p+1) (f64.const 0x1.0000000000000p-1)) (f64.const -0x1.c000000000000p+2))

(assert_return (invoke "same_min" (f64.const 0x1.7e43c8800759cp+996) (f64.const -0x1.c000000000000p+2)) (f64.const 0x1.7e43c8800759cp+996))

(assert_return (invoke "left_min" (f64.const 0x1.7e43c8800759cp+996) (f64.const -0x1.c000000000000p+2)) (f64.const 0x1.7e43c8800759cp+996))

(assert_return (invoke "same_max" (f64.const 0x1.8000000000000p+0) (f64.const 0x1.2000000000000p+1)) (f64.const 0x1.e000000000000p+1))

(assert_return (invoke "left_max" (f64.const 0x1.8000000000000p+0) (f64.const 0x1.2000000000000p+1)) (f64.const 0x1.8000000000000p+0))

(assert_return (invoke "same_max" (f64.const -0x1.8000000000000p+1) (f64.const 0x1.0000000000000p-1)) (f64.const -0x1.4000000000000p+1))

(assert_return (invoke "left_max" (f64.const -0x1.8000000000000p+1) (f64.const 0x1.0000000000000p-1)) (f64.const -0x1.8000000000000p+1))

(assert_return (invoke "same_max" (f64.const 0x1.7e43c8800759cp+996) (f64.const -0x1.c000000000000p+2)) (f64.const 0x1.7e43c8800759cp+996))

(assert_return (invoke "left_max" (f64.const 0x1.7e43c8800759cp+996) (f64.const -0x1.c000000000000p+2)) (f64.const 0x1.7e43c8800759cp+997))

(assert_return (invoke "same_copysign" (f64.const 0x1.8000000000000p+0) (f64.const 0x1.2000000000000p+1)) (f64.const 0x1.e000000000000p+1))

(assert_return (invoke "left_copysign" (f64.const 0x1.8000000000000p+0) (f64.const 0x1.2000000000000p+1)) (f64.const 0x0.0p+0))

(assert_return (invoke "same_copysign" (f64.const -0x1.8000000000000p+1) (f64.const 0x1.0000000000000p-1)) (f64.const -0x1.4000000000000p+1))

(assert_return (invoke "left_copysign" (f64.const -0x1.8000000000000p+1) (f64.const 0x1.0000000000000p-1)) (f64.const 0x0.0p+0))

(assert_return (invoke "same_copysign" (f64.const 0x1.7e43c8800759cp+996) (f64.const -0x1.c000000000000p+2)) (f64.const 0x1.7e43c8800759cp+996))

(assert_return (invoke "left_copysign" (f64.const 0x1.7e43c8800759cp+996) (f64.const -0x1.c000000000000p+2)) (f64.const 0x0.0p+0))

(assert_return (invoke "same_eq" (f64.const 0x1.8000000000000p+0) (f64.const 0x1.2000000000000p+1)) (i32.const 1))

(assert_return (invoke "left_eq" (f64.const 0x1.8000000000000p+0) (f64.const 0x1.2000000000000p+1)) (f64.const -0x1.8000000000000p-1))

(assert_return (invoke "same_eq" (f64.const -0x1.8000000000000p+1) (f64.const 0x1.0000000000000p-1)) (i32.const 1))

(assert_return (invoke "left_eq" (f64.const -0x1.8000000000000p+1) (f64.const 0x1.0000000000000p-1)) (f64.const -0x1.c000000000000p+1))

(assert_return (invoke "same_eq" (f64.const 0x1.7e43c8800759cp+996) (f64.const -0x1.c000000000000p+2)) (i32.const 1))

(assert_return (invoke "left_eq" (f64.const 0x1.7e43c8800759cp+996) (f64.const -0x1.c000000000000p+2)) (f64.const 0x1.7e43c8800759cp+996))

(assert_return (invoke "same_ne" (f64.const 0x1.8000000000000p+0) (f64.const 0x1.2000000000000p+1)) (i32.const 0))

(assert_return (invoke "left_ne" (f64.const 0x1.8000000000000p+0) (f64.const 0x1.2000000000000p+1)) (f64.const 0x1.0000000000000p-2))

(assert_return (invoke "same_ne" (f64.const -0x1.8000000000000p+1) (f64.const 0x1.0000000000000p-1)) (i32.const 0))

(assert_return (invoke "left_ne" (f64.const -0x1.8000000000000p+1) (f64.const 0x1.0000000000000p-1)) (f64.const -0x1.4000000000000p+1))

(assert_return (invoke "same_ne" (f64.const 0x1.7e43c8800759cp+996) (f64.const -0x1.c000000000000p+2)) (i32.const 0))

(assert_return (invoke "left_ne" (f64.const 0x1.7e43c8800759cp+996) (f64.const -0x1.c000000000000p+2)) (f64.const 0x1.7e43c8800759cp+996))

(assert_return (invoke "same_lt" (f64.const 0x1.8000000000000p+0) (f64.const 0x1.2000000000000p+1)) (i32.const 0))

(assert_return (invoke "left_lt" (f64.const 0x1.8000000000000p+0) (f64.const 0x1.2000000000000p+1)) (f64.const 0x1.0000000000000p-2))

(assert_return (invoke "same_lt" (f64.const -0x1.8000000000000p+1) (f64.const 0x1.0000000000000p-1)) (i32.const 0))

(assert_return (invoke "left_lt" (f64.const -0x1.8000000000000p+1) (f64.const 0x1.0000000000000p-1)) (f64.const -0x1.4000000000000p+1))

(assert_return (invoke "same_lt" (f64.const 0x1.7e43c8800759cp+996) (f64.const -0x1.c000000000000p+2)) (i32.const 0))

(assert_return (invoke "left_lt" (f64.const 0x1.7e43c8800759cp+996) (f64.const -0x1.c000000000000p+2)) (f64.const 0x1.7e43c8800759cp+996))

(assert_return (invoke "same_gt" (f64.const 0x1.8000000000000p+0) (f64.const 0x1.2000000000000p+1)) (i32.const 0))

(assert_return (invoke "left_gt" (f64.const 0x1.8000000000000p+0) (f64.const 0x1.2000000000000p+1)) (f64.const -0x1.8000000000000p-1))

(assert_return (invoke "same_gt" (f64.const -0x1.8000000000000p+1) (f64.const 0x1.0000000000000p-1)) (i32.const 0))

(assert_return (invoke "left_gt" (f64.const -0x1.8000000000000p+1) (f64.const 0x1.0000000000000p-1)) (f64.const -0x1.c000000000000p+1))

(assert_return (invoke "same_gt" (f64.const 0x1.7e43c8800759cp+996) (f64.const -0x1.c000000000000p+2)) (i32.const 0))

(assert_return (invoke "left_gt" (f64.const 0x1.7e43c8800759cp+996) (f64.const -0x1.c000000000000p+2)) (f64.const 0x1.7e43c8800759cp+996))

(assert_return (invoke "same_le" (f64.const 0x1.8000000000000p+0) (f64.const 0x1.2000000000000p+1)) (i32.const 1))

(assert_return (invoke "left_le" (f64.const 0x1.8000000000000p+0) (f64.const 0x1.2000000000000p+1)) (f64.const 0x1.0000000000000p-2))

(assert_return (invoke "same_le" (f64.const -0x1.8000000000000p+1) (f64.const 0x1.0000000000000p-1)) (i32.const 1))

(assert_return (invoke "left_le" (f64.const -0x1.8000000000000p+1) (f64.const 0x1.0000000000000p-1)) (f64.const -0x1.4000000000000p+1))

(assert_return (invoke "same_le" (f64.const 0x1.7e43c8800759cp+996) (f64.const -0x1.c000000000000p+2)) (i32.const 1))

(assert_return (invoke "left_le" (f64.const 0x1.7e43c8800759cp+996) (f64.const -0x1.c000000000000p+2)) (f64.const 0x1.7e43c8800759cp+996))

(assert_return (invoke "same_ge" (f64.const 0x1.8000000000000p+0) (f64.const 0x1.2000000000000p+1)) (i32.const 1))

(assert_return (invoke "left_ge" (f64.const 0x1.8000000000000p+0) (f64.const 0x1.2000000000000p+1)) (f64.const -0x1.8000000000000p-1))

(assert_return (invoke "same_ge" (f64.const -0x1.8000000000000p+1) (f64.const 0x1.0000000000000p-1)) (i32.const 1))

(assert_return (invoke "left_ge" (f64.const -0x1.8000000000000p+1) (f64.const 0x1.0000000000000p-1)) (f64.const -0x1.c000000000000p+1))

(assert_return (invoke "same_ge" (f64.const 0x1.7e43c8800759cp+996) (f64.const -0x1.c000000000000p+2)) (i32.const 1))

(assert_return (invoke "left_ge" (f64.const 0x1.7e43c8800759cp+996) (f64.const -0x1.c000000000000p+2)) (f64.const 0x1.7e43c8800759cp+996))

(module
  (func $mix (param i32 i32 i32) (result i32) (i32.add (local.get 0) (i32.add (i32.mul (local.get 1) (i32.const 3)) (i32.mul (local.get 2) (i32.const 5)))))
  (func $mixf (param f64 f64 f64) (result f64) (f64.add (local.get 0) (f64.add (f64.mul (local.get 1) (f64.const 3)) (f64.mul (local.get 2) (f64.const 5)))))
  (func (export "select3") (param $p i32) (result i32) (local $x i32)
    (i32.add (local.tee $x (i32.mul (local.get $p) (i32.const 3))) (select (local.get $x) (local.get $x) (local.get $x))))
  (func (export "select3_64") (param $p i64) (result i64) (local $x i64) (local $c i32)
    (local.set $c (i32.wrap_i64 (local.get $p)))
    (i64.add (local.tee $x (i64.mul (local.get $p) (i64.const 3))) (select (local.get $x) (local.get $x) (i32.wrap_i64 (local.get $x)))))
  (func (export "select_cmp") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.add (local.tee $x (i32.sub (local.get $p) (local.get $q))) (select (local.get $x) (local.get $q) (i32.lt_s (local.get $x) (local.get $x)))))
  (func (export "select_cmp2") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (i32.add (local.tee $x (i32.sub (local.get $p) (local.get $q))) (select (local.get $q) (local.get $x) (i32.gt_u (local.get $x) (local.get $q)))))
  (func (export "call3") (param $p i32) (result i32) (local $x i32)
    (call $mix (local.tee $x (i32.add (local.get $p) (i32.const 11))) (local.get $x) (local.get $x)))
  (func (export "call3_kept") (param $p i32) (result i32) (local $x i32)
    (i32.sub (local.tee $x (i32.add (local.get $p) (i32.const 11))) (call $mix (local.get $x) (local.get $x) (local.get $x))))
  (func (export "call3f") (param $p f64) (result f64) (local $x f64)
    (f64.sub (local.tee $x (f64.mul (local.get $p) (local.get $p))) (call $mixf (local.get $x) (local.get $x) (local.get $x))))
)

(assert_return (invoke "select3" (i32.const 0)) (i32.const 0))

(assert_return (invoke "call3" (i32.const 0)) (i32.const 99))

(assert_return (invoke "call3_kept" (i32.const 0)) (i32.const -88))

(assert_return (invoke "select3" (i32.const 1)) (i32.const 6))

(assert_return (invoke "call3" (i32.const 1)) (i32.const 108))

(assert_return (invoke "call3_kept" (i32.const 1)) (i32.const -96))

(assert_return (invoke "select3" (i32.const -5)) (i32.const -30))

(assert_return (invoke "call3" (i32.const -5)) (i32.const 54))

(assert_return (invoke "call3_kept" (i32.const -5)) (i32.const -48))

(assert_return (invoke "select3" (i32.const 1000)) (i32.const 6000))

(assert_return (invoke "call3" (i32.const 1000)) (i32.const 9099))

(assert_return (invoke "call3_kept" (i32.const 1000)) (i32.const -8088))

(assert_return (invoke "select3" (i32.const 2147483647)) (i32.const -6))

(assert_return (invoke "call3" (i32.const 2147483647)) (i32.const -2147483558))

(assert_return (invoke "call3_kept" (i32.const 2147483647)) (i32.const -80))

(assert_return (invoke "select3_64" (i64.const 0)) (i64.const 0))

(assert_return (invoke "select3_64" (i64.const 1)) (i64.const 6))

(assert_return (invoke "select3_64" (i64.const -5)) (i64.const -30))

(assert_return (invoke "select3_64" (i64.const 8589934592)) (i64.const 51539607552))

(assert_return (invoke "select3_64" (i64.const 9223372036854775807)) (i64.const -6))

(assert_return (invoke "select_cmp" (i32.const 5) (i32.const 9)) (i32.const 5))

(assert_return (invoke "select_cmp2" (i32.const 5) (i32.const 9)) (i32.const 5))

(assert_return (invoke "select_cmp" (i32.const 9) (i32.const 5)) (i32.const 9))

(assert_return (invoke "select_cmp2" (i32.const 9) (i32.const 5)) (i32.const 8))

(assert_return (invoke "select_cmp" (i32.const -3) (i32.const -3)) (i32.const -3))

(assert_return (invoke "select_cmp2" (i32.const -3) (i32.const -3)) (i32.const 0))

(assert_return (invoke "select_cmp" (i32.const 0) (i32.const -2147483648)) (i32.const 0))

(assert_return (invoke "select_cmp2" (i32.const 0) (i32.const -2147483648)) (i32.const 0))

(assert_return (invoke "call3f" (f64.const 0x1.8000000000000p+0)) (f64.const -0x1.2000000000000p+4))

(assert_return (invoke "call3f" (f64.const -0x1.0000000000000p+1)) (f64.const -0x1.0000000000000p+5))

(assert_return (invoke "call3f" (f64.const 0x1.b6e83b85f253bp+333)) (f64.const -0x1.783fbf2d24ea5p+670))

(module
  (func (export "spilled_6") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (local.tee $x (i32.mul (local.get $p) (i32.const 7)))
    (local.get $x)
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (i32.add (local.get $q) (i32.const 4)))
    (i32.ctz (local.get $q))
    (local.set $x (i32.const 0))
    i32.xor i32.xor i32.xor i32.xor i32.xor
    i32.add i32.add (local.get $x) i32.add)
  (func (export "spilled_8") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (local.tee $x (i32.mul (local.get $p) (i32.const 7)))
    (local.get $x)
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (i32.add (local.get $q) (i32.const 4)))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (local.set $x (i32.const 0))
    i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor
    i32.add i32.add (local.get $x) i32.add)
  (func (export "spilled_10") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (local.tee $x (i32.mul (local.get $p) (i32.const 7)))
    (local.get $x)
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (i32.add (local.get $q) (i32.const 4)))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (local.get $q))
    (i32.ctz (i32.add (local.get $q) (i32.const 9)))
    (local.set $x (i32.const 0))
    i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor
    i32.add i32.add (local.get $x) i32.add)
  (func (export "spilled_12") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (local.tee $x (i32.mul (local.get $p) (i32.const 7)))
    (local.get $x)
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (i32.add (local.get $q) (i32.const 4)))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (local.get $q))
    (i32.ctz (i32.add (local.get $q) (i32.const 9)))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (local.set $x (i32.const 0))
    i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor
    i32.add i32.add (local.get $x) i32.add)
  (func (export "spilled_14") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (local.tee $x (i32.mul (local.get $p) (i32.const 7)))
    (local.get $x)
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (i32.add (local.get $q) (i32.const 4)))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (local.get $q))
    (i32.ctz (i32.add (local.get $q) (i32.const 9)))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (local.set $x (i32.const 0))
    i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor
    i32.add i32.add (local.get $x) i32.add)
  (func (export "spilled_16") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (local.tee $x (i32.mul (local.get $p) (i32.const 7)))
    (local.get $x)
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (i32.add (local.get $q) (i32.const 4)))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (local.get $q))
    (i32.ctz (i32.add (local.get $q) (i32.const 9)))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (i32.add (local.get $q) (i32.const 14)))
    (i32.eqz (local.get $q))
    (local.set $x (i32.const 0))
    i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor
    i32.add i32.add (local.get $x) i32.add)
  (func (export "spilled_18") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (local.tee $x (i32.mul (local.get $p) (i32.const 7)))
    (local.get $x)
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (i32.add (local.get $q) (i32.const 4)))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (local.get $q))
    (i32.ctz (i32.add (local.get $q) (i32.const 9)))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (i32.add (local.get $q) (i32.const 14)))
    (i32.eqz (local.get $q))
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (local.set $x (i32.const 0))
    i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor
    i32.add i32.add (local.get $x) i32.add)
  (func (export "spilled_20") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (local.tee $x (i32.mul (local.get $p) (i32.const 7)))
    (local.get $x)
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (i32.add (local.get $q) (i32.const 4)))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (local.get $q))
    (i32.ctz (i32.add (local.get $q) (i32.const 9)))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (i32.add (local.get $q) (i32.const 14)))
    (i32.eqz (local.get $q))
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (i32.add (local.get $q) (i32.const 19)))
    (local.set $x (i32.const 0))
    i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor
    i32.add i32.add (local.get $x) i32.add)
  (func (export "spilled_22") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (local.tee $x (i32.mul (local.get $p) (i32.const 7)))
    (local.get $x)
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (i32.add (local.get $q) (i32.const 4)))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (local.get $q))
    (i32.ctz (i32.add (local.get $q) (i32.const 9)))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (i32.add (local.get $q) (i32.const 14)))
    (i32.eqz (local.get $q))
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (i32.add (local.get $q) (i32.const 19)))
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (local.set $x (i32.const 0))
    i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor
    i32.add i32.add (local.get $x) i32.add)
  (func (export "spilled_24") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (local.tee $x (i32.mul (local.get $p) (i32.const 7)))
    (local.get $x)
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (i32.add (local.get $q) (i32.const 4)))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (local.get $q))
    (i32.ctz (i32.add (local.get $q) (i32.const 9)))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (i32.add (local.get $q) (i32.const 14)))
    (i32.eqz (local.get $q))
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (i32.add (local.get $q) (i32.const 19)))
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (local.set $x (i32.const 0))
    i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor
    i32.add i32.add (local.get $x) i32.add)
  (func (export "spilled_26") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (local.tee $x (i32.mul (local.get $p) (i32.const 7)))
    (local.get $x)
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (i32.add (local.get $q) (i32.const 4)))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (local.get $q))
    (i32.ctz (i32.add (local.get $q) (i32.const 9)))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (i32.add (local.get $q) (i32.const 14)))
    (i32.eqz (local.get $q))
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (i32.add (local.get $q) (i32.const 19)))
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (i32.add (local.get $q) (i32.const 24)))
    (i32.ctz (local.get $q))
    (local.set $x (i32.const 0))
    i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor
    i32.add i32.add (local.get $x) i32.add)
  (func (export "spilled_28") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (local.tee $x (i32.mul (local.get $p) (i32.const 7)))
    (local.get $x)
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (i32.add (local.get $q) (i32.const 4)))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (local.get $q))
    (i32.ctz (i32.add (local.get $q) (i32.const 9)))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (i32.add (local.get $q) (i32.const 14)))
    (i32.eqz (local.get $q))
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (i32.add (local.get $q) (i32.const 19)))
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (i32.add (local.get $q) (i32.const 24)))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (local.set $x (i32.const 0))
    i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor
    i32.add i32.add (local.get $x) i32.add)
  (func (export "spilled_30") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (local.tee $x (i32.mul (local.get $p) (i32.const 7)))
    (local.get $x)
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (i32.add (local.get $q) (i32.const 4)))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (local.get $q))
    (i32.ctz (i32.add (local.get $q) (i32.const 9)))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (i32.add (local.get $q) (i32.const 14)))
    (i32.eqz (local.get $q))
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (i32.add (local.get $q) (i32.const 19)))
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (i32.add (local.get $q) (i32.const 24)))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (local.get $q))
    (i32.ctz (i32.add (local.get $q) (i32.const 29)))
    (local.set $x (i32.const 0))
    i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor
    i32.add i32.add (local.get $x) i32.add)
  (func (export "spilled_32") (param $p i32) (param $q i32) (result i32) (local $x i32)
    (local.tee $x (i32.mul (local.get $p) (i32.const 7)))
    (local.get $x)
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (i32.add (local.get $q) (i32.const 4)))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (local.get $q))
    (i32.ctz (i32.add (local.get $q) (i32.const 9)))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (i32.add (local.get $q) (i32.const 14)))
    (i32.eqz (local.get $q))
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (i32.add (local.get $q) (i32.const 19)))
    (i32.clz (local.get $q))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (i32.add (local.get $q) (i32.const 24)))
    (i32.ctz (local.get $q))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (i32.clz (local.get $q))
    (i32.ctz (i32.add (local.get $q) (i32.const 29)))
    (i32.popcnt (local.get $q))
    (i32.eqz (local.get $q))
    (local.set $x (i32.const 0))
    i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor i32.xor
    i32.add i32.add (local.get $x) i32.add)
  (func (export "loop_home") (param $n i32) (result i32) (local $x i32) (local $acc i32)
    (loop $l
      (local.set $acc (i32.add (local.get $acc)
        (i32.mul (local.tee $x (i32.add (local.get $x) (local.get $n))) (local.get $x))))
      (local.set $acc (i32.xor (local.get $acc) (i32.sub (local.get $x) (i32.shr_u (local.get $x) (local.get $x)))))
      (local.set $x (i32.add (local.get $x) (i32.and (local.get $x) (local.get $acc))))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (i32.add (local.get $acc) (local.get $x)))
  (func (export "loop_home_f") (param $n i32) (result f64) (local $x f64) (local $acc f64)
    (loop $l
      (local.set $acc (f64.add (local.get $acc)
        (f64.mul (local.tee $x (f64.add (local.get $x) (f64.const 2.5))) (local.get $x))))
      (local.set $x (f64.sub (local.get $x) (f64.div (local.get $x) (local.get $x))))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (f64.add (local.get $acc) (local.get $x)))
  (func (export "loop_pressure") (param $n i32) (result i32) (local $x i32) (local $y i32) (local $acc i32)
    (loop $l
      (local.set $y (i32.add (local.get $y) (i32.const 3)))
      (local.set $acc (i32.add (local.get $acc)
        (i32.add (local.tee $x (i32.xor (local.get $x) (local.get $n)))
          (i32.add (local.get $x)
            (i32.add (i32.mul (local.get $y) (local.get $x))
              (i32.add (i32.clz (local.get $x)) (i32.add (i32.ctz (local.get $y))
                (i32.add (i32.popcnt (local.get $x)) (i32.add (i32.rotl (local.get $y) (local.get $x))
                  (i32.add (i32.shl (local.get $x) (local.get $y)) (i32.sub (local.get $y) (local.get $x))))))))))))
      (local.set $x (i32.add (local.get $x) (i32.const 1)))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (i32.add (local.get $acc) (i32.add (local.get $x) (local.get $y))))
)

(assert_return (invoke "spilled_6" (i32.const 3) (i32.const 305419896)) (i32.const 55))

(assert_return (invoke "spilled_6" (i32.const -1) (i32.const 0)) (i32.const 46))

(assert_return (invoke "spilled_6" (i32.const 100000) (i32.const -1)) (i32.const 1400062))

(assert_return (invoke "spilled_8" (i32.const 3) (i32.const 305419896)) (i32.const 42))

(assert_return (invoke "spilled_8" (i32.const -1) (i32.const 0)) (i32.const 47))

(assert_return (invoke "spilled_8" (i32.const 100000) (i32.const -1)) (i32.const 1400030))

(assert_return (invoke "spilled_10" (i32.const 3) (i32.const 305419896)) (i32.const 45))

(assert_return (invoke "spilled_10" (i32.const -1) (i32.const 0)) (i32.const 15))

(assert_return (invoke "spilled_10" (i32.const 100000) (i32.const -1)) (i32.const 1400029))

(assert_return (invoke "spilled_12" (i32.const 3) (i32.const 305419896)) (i32.const 56))

(assert_return (invoke "spilled_12" (i32.const -1) (i32.const 0)) (i32.const 14))

(assert_return (invoke "spilled_12" (i32.const 100000) (i32.const -1)) (i32.const 1400061))

(assert_return (invoke "spilled_14" (i32.const 3) (i32.const 305419896)) (i32.const 56))

(assert_return (invoke "spilled_14" (i32.const -1) (i32.const 0)) (i32.const 14))

(assert_return (invoke "spilled_14" (i32.const 100000) (i32.const -1)) (i32.const 1400061))

(assert_return (invoke "spilled_16" (i32.const 3) (i32.const 305419896)) (i32.const 44))

(assert_return (invoke "spilled_16" (i32.const -1) (i32.const 0)) (i32.const 16))

(assert_return (invoke "spilled_16" (i32.const 100000) (i32.const -1)) (i32.const 1400062))

(assert_return (invoke "spilled_18" (i32.const 3) (i32.const 305419896)) (i32.const 44))

(assert_return (invoke "spilled_18" (i32.const -1) (i32.const 0)) (i32.const 16))

(assert_return (invoke "spilled_18" (i32.const 100000) (i32.const -1)) (i32.const 1400062))

(assert_return (invoke "spilled_20" (i32.const 3) (i32.const 305419896)) (i32.const 57))

(assert_return (invoke "spilled_20" (i32.const -1) (i32.const 0)) (i32.const 16))

(assert_return (invoke "spilled_20" (i32.const 100000) (i32.const -1)) (i32.const 1400030))

(assert_return (invoke "spilled_22" (i32.const 3) (i32.const 305419896)) (i32.const 57))

(assert_return (invoke "spilled_22" (i32.const -1) (i32.const 0)) (i32.const 16))

(assert_return (invoke "spilled_22" (i32.const 100000) (i32.const -1)) (i32.const 1400030))

(assert_return (invoke "spilled_24" (i32.const 3) (i32.const 305419896)) (i32.const 44))

(assert_return (invoke "spilled_24" (i32.const -1) (i32.const 0)) (i32.const 17))

(assert_return (invoke "spilled_24" (i32.const 100000) (i32.const -1)) (i32.const 1400062))

(assert_return (invoke "spilled_26" (i32.const 3) (i32.const 305419896)) (i32.const 44))

(assert_return (invoke "spilled_26" (i32.const -1) (i32.const 0)) (i32.const 22))

(assert_return (invoke "spilled_26" (i32.const 100000) (i32.const -1)) (i32.const 1400037))

(assert_return (invoke "spilled_28" (i32.const 3) (i32.const 305419896)) (i32.const 57))

(assert_return (invoke "spilled_28" (i32.const -1) (i32.const 0)) (i32.const 23))

(assert_return (invoke "spilled_28" (i32.const 100000) (i32.const -1)) (i32.const 1400005))

(assert_return (invoke "spilled_30" (i32.const 3) (i32.const 305419896)) (i32.const 54))

(assert_return (invoke "spilled_30" (i32.const -1) (i32.const 0)) (i32.const -9))

(assert_return (invoke "spilled_30" (i32.const 100000) (i32.const -1)) (i32.const 1400007))

(assert_return (invoke "spilled_32" (i32.const 3) (i32.const 305419896)) (i32.const 43))

(assert_return (invoke "spilled_32" (i32.const -1) (i32.const 0)) (i32.const -10))

(assert_return (invoke "spilled_32" (i32.const 100000) (i32.const -1)) (i32.const 1400039))

(assert_return (invoke "loop_home" (i32.const 1)) (i32.const 1))

(assert_return (invoke "loop_home_f" (i32.const 1)) (f64.const 0x1.f000000000000p+2))

(assert_return (invoke "loop_pressure" (i32.const 1)) (i32.const 58))

(assert_return (invoke "loop_home" (i32.const 2)) (i32.const 31))

(assert_return (invoke "loop_home_f" (i32.const 2)) (f64.const 0x1.9400000000000p+4))

(assert_return (invoke "loop_pressure" (i32.const 2)) (i32.const 283))

(assert_return (invoke "loop_home" (i32.const 7)) (i32.const 27632))

(assert_return (invoke "loop_home_f" (i32.const 7)) (f64.const 0x1.a080000000000p+8))

(assert_return (invoke "loop_pressure" (i32.const 7)) (i32.const 224539886))

(assert_return (invoke "loop_home" (i32.const 100)) (i32.const -1261765609))

(assert_return (invoke "loop_home_f" (i32.const 100)) (f64.const 0x1.7b3df00000000p+19))

(assert_return (invoke "loop_pressure" (i32.const 100)) (i32.const 523453304))

(module
  (func $at_end (param $p i32) (result i32 i32) (local $x i32)
    (local.tee $x (i32.add (local.get $p) (i32.const 1)))
    (i32.lt_s (local.get $x) (local.get $x)))
  (func $at_return (param $p i32) (result i32 i32) (local $x i32)
    (local.tee $x (i32.add (local.get $p) (i32.const 1)))
    (return (i32.le_s (local.get $x) (local.get $x))))
  (func $param_at_end (param $p i32) (result i32)
    (i32.add (local.get $p) (i32.ge_u (local.get $p) (local.get $p))))
  (func $float_at_end (param $p f64) (result f64 i32) (local $x f64)
    (local.tee $x (f64.add (local.get $p) (f64.const 1)))
    (f64.lt (local.get $x) (local.get $x)))
  (func (export "at_end") (param i32) (result i32 i32) (call $at_end (local.get 0)))
  (func (export "at_return") (param i32) (result i32 i32) (call $at_return (local.get 0)))
  (func (export "param_at_end") (param i32) (result i32) (call $param_at_end (local.get 0)))
  (func (export "float_at_end") (param f64) (result f64 i32) (call $float_at_end (local.get 0)))
  (func (export "at_end_direct") (param $p i32) (result i32 i32) (local $x i32)
    (local.tee $x (i32.add (local.get $p) (i32.const 1)))
    (i32.lt_s (local.get $x) (local.get $x)))
  (func (export "extend_shared") (param $p i32) (result i64)
    (local $l0 i32)
    (local $l1 i32)
    (local $l2 i32)
    (local $l3 i32)
    (local $l4 i32)
    (local $l5 i32)
    (local $l6 i32)
    (local $l7 i32)
    (local $l8 i32)
    (local $l9 i32)
    (local $l10 i32)
    (local $l11 i32)
    (local $l12 i32)
    (local $l13 i32)
    (local $l14 i32)
    (local $l15 i32)
    (local $l16 i32)
    (local $l17 i32)
    (local $l18 i32)
    (local $l19 i32)
    (local $l20 i32)
    (local $l21 i32)
    (local $l22 i32)
    (local $l23 i32)
    (local.tee $l0 (i32.add (local.get $p) (i32.const 0)))
    (drop (i64.extend_i32_u (local.get $l0)))
    (local.tee $l1 (i32.add (local.get $p) (i32.const 1)))
    (drop (i64.extend_i32_u (local.get $l1)))
    (local.tee $l2 (i32.add (local.get $p) (i32.const 2)))
    (drop (i64.extend_i32_u (local.get $l2)))
    (local.tee $l3 (i32.add (local.get $p) (i32.const 3)))
    (drop (i64.extend_i32_u (local.get $l3)))
    (local.tee $l4 (i32.add (local.get $p) (i32.const 4)))
    (drop (i64.extend_i32_u (local.get $l4)))
    (local.tee $l5 (i32.add (local.get $p) (i32.const 5)))
    (drop (i64.extend_i32_u (local.get $l5)))
    (local.tee $l6 (i32.add (local.get $p) (i32.const 6)))
    (drop (i64.extend_i32_u (local.get $l6)))
    (local.tee $l7 (i32.add (local.get $p) (i32.const 7)))
    (drop (i64.extend_i32_u (local.get $l7)))
    (local.tee $l8 (i32.add (local.get $p) (i32.const 8)))
    (drop (i64.extend_i32_u (local.get $l8)))
    (local.tee $l9 (i32.add (local.get $p) (i32.const 9)))
    (drop (i64.extend_i32_u (local.get $l9)))
    (local.tee $l10 (i32.add (local.get $p) (i32.const 10)))
    (drop (i64.extend_i32_u (local.get $l10)))
    (local.tee $l11 (i32.add (local.get $p) (i32.const 11)))
    (drop (i64.extend_i32_u (local.get $l11)))
    (local.tee $l12 (i32.add (local.get $p) (i32.const 12)))
    (drop (i64.extend_i32_u (local.get $l12)))
    (local.tee $l13 (i32.add (local.get $p) (i32.const 13)))
    (drop (i64.extend_i32_u (local.get $l13)))
    (local.tee $l14 (i32.add (local.get $p) (i32.const 14)))
    (drop (i64.extend_i32_u (local.get $l14)))
    (local.tee $l15 (i32.add (local.get $p) (i32.const 15)))
    (drop (i64.extend_i32_u (local.get $l15)))
    (local.tee $l16 (i32.add (local.get $p) (i32.const 16)))
    (drop (i64.extend_i32_u (local.get $l16)))
    (local.tee $l17 (i32.add (local.get $p) (i32.const 17)))
    (drop (i64.extend_i32_u (local.get $l17)))
    (local.tee $l18 (i32.add (local.get $p) (i32.const 18)))
    (drop (i64.extend_i32_u (local.get $l18)))
    (local.tee $l19 (i32.add (local.get $p) (i32.const 19)))
    (drop (i64.extend_i32_u (local.get $l19)))
    (local.tee $l20 (i32.add (local.get $p) (i32.const 20)))
    (drop (i64.extend_i32_u (local.get $l20)))
    (local.tee $l21 (i32.add (local.get $p) (i32.const 21)))
    (drop (i64.extend_i32_u (local.get $l21)))
    (local.tee $l22 (i32.add (local.get $p) (i32.const 22)))
    (drop (i64.extend_i32_u (local.get $l22)))
    (local.tee $l23 (i32.add (local.get $p) (i32.const 23)))
    (drop (i64.extend_i32_u (local.get $l23)))
    i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add i32.add
    (i64.extend_i32_u))
)

(assert_return (invoke "at_end" (i32.const 0)) (i32.const 1) (i32.const 0))

(assert_return (invoke "at_return" (i32.const 0)) (i32.const 1) (i32.const 1))

(assert_return (invoke "param_at_end" (i32.const 0)) (i32.const 1))

(assert_return (invoke "float_at_end" (f64.const 0x0.0p+0)) (f64.const 0x1.0000000000000p+0) (i32.const 0))

(assert_return (invoke "at_end_direct" (i32.const 0)) (i32.const 1) (i32.const 0))

(assert_return (invoke "at_end" (i32.const 41)) (i32.const 42) (i32.const 0))

(assert_return (invoke "at_return" (i32.const 41)) (i32.const 42) (i32.const 1))

(assert_return (invoke "param_at_end" (i32.const 41)) (i32.const 42))

(assert_return (invoke "float_at_end" (f64.const 0x1.4800000000000p+5)) (f64.const 0x1.5000000000000p+5) (i32.const 0))

(assert_return (invoke "at_end_direct" (i32.const 41)) (i32.const 42) (i32.const 0))

(assert_return (invoke "at_end" (i32.const -7)) (i32.const -6) (i32.const 0))

(assert_return (invoke "at_return" (i32.const -7)) (i32.const -6) (i32.const 1))

(assert_return (invoke "param_at_end" (i32.const -7)) (i32.const -6))

(assert_return (invoke "float_at_end" (f64.const -0x1.c000000000000p+2)) (f64.const -0x1.8000000000000p+2) (i32.const 0))

(assert_return (invoke "at_end_direct" (i32.const -7)) (i32.const -6) (i32.const 0))

(assert_return (invoke "extend_shared" (i32.const 0)) (i64.const 276))

(assert_return (invoke "extend_shared" (i32.const 5)) (i64.const 396))

(assert_return (invoke "extend_shared" (i32.const -100)) (i64.const 4294965172))
