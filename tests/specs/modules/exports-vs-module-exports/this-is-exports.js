this.viaThis = true;
